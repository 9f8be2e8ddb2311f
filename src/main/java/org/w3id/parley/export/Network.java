package org.w3id.parley.export;

import java.util.List;

/**
 * The network an export writes: nodes and edges, every edge's ends among the nodes.
 *
 * @param nodes the nodes
 * @param edges the edges
 */
public record Network(List<GraphNode> nodes, List<GraphEdge> edges) {
  public Network {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }
}
