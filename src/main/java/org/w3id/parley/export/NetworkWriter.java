package org.w3id.parley.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Writes a {@link Network} for graph tools: GraphML (Gephi, Cytoscape, yEd), GEXF 1.2 with meeting
 * dates as edge time intervals (Gephi's timeline), Cytoscape.js JSON, and CSV node and edge lists.
 * Node ids are short ({@code n0}, {@code n1}, …) because GraphML and GEXF ids cannot hold IRIs;
 * each node's IRI is an attribute.
 *
 * <p>Every edge of a file has one direction, because NetworkX and igraph refuse or misread a graph
 * that mixes directed and undirected edges (which GraphML and GEXF allow, and Gephi reads): a
 * directed file writes each symmetric {@code met} edge as two directed edges, one each way, the way
 * directed network analysis writes a mutual tie; an undirected file writes every edge once, its
 * {@code kind} telling what it is.
 */
public final class NetworkWriter {
  private static final List<String> NODE_ATTRS =
      List.of("iri", "type", "country", "wikidata", "wikipedia");
  private static final List<String> EDGE_ATTRS =
      List.of("kind", "first", "last", "evidence", "article");

  private final Network network;
  private final boolean directed;
  private final List<GraphEdge> edges;
  private final Map<String, String> ids = new HashMap<>();

  /**
   * @param network what to write
   * @param directed whether every edge is directed ({@code met} twice, once each way) or every edge
   *     undirected
   */
  public NetworkWriter(Network network, boolean directed) {
    this.network = network;
    this.directed = directed;
    this.edges =
        directed
            ? network.edges().stream()
                .flatMap(e -> e.kind().equals("met") ? Stream.of(e, e.reversed()) : Stream.of(e))
                .toList()
            : network.edges();
    for (int i = 0; i < network.nodes().size(); i++) {
      ids.put(network.nodes().get(i).id(), "n" + i);
    }
  }

  private String direction() {
    return directed ? "directed" : "undirected";
  }

  public void graphml(OutputStream out) throws IOException {
    xml(
        out,
        w -> {
          String ns = "http://graphml.graphdrawing.org/xmlns";
          w.writeStartElement("graphml");
          w.writeDefaultNamespace(ns);
          for (String a : NODE_ATTRS) {
            key(w, a, "node", "string");
          }
          key(w, "label", "node", "string");
          for (String a : EDGE_ATTRS) {
            key(w, a, "edge", "string");
          }
          key(w, "weight", "edge", "int");
          w.writeStartElement("graph");
          w.writeAttribute("id", "parley");
          w.writeAttribute("edgedefault", direction());
          for (GraphNode n : network.nodes()) {
            w.writeStartElement("node");
            w.writeAttribute("id", ids.get(n.id()));
            data(w, "iri", n.id());
            data(w, "type", n.type());
            data(w, "label", n.label());
            data(w, "country", n.country());
            data(w, "wikidata", n.wikidata());
            data(w, "wikipedia", n.wikipedia());
            w.writeEndElement();
          }
          int i = 0;
          for (GraphEdge e : edges) {
            startEdge(w, i++, e);
            data(w, "kind", e.kind());
            data(w, "weight", Integer.toString(e.weight()));
            data(w, "first", e.firstDate());
            data(w, "last", e.lastDate());
            data(w, "evidence", e.evidence());
            data(w, "article", e.article());
            w.writeEndElement();
          }
          w.writeEndElement();
          w.writeEndElement();
        });
  }

  // <edge id="eN" source="..." target="...">, the same in GraphML and GEXF.
  private void startEdge(XMLStreamWriter w, int n, GraphEdge e) throws XMLStreamException {
    w.writeStartElement("edge");
    w.writeAttribute("id", "e" + n);
    w.writeAttribute("source", ids.get(e.source()));
    w.writeAttribute("target", ids.get(e.target()));
  }

  public void gexf(OutputStream out) throws IOException {
    xml(
        out,
        w -> {
          w.writeStartElement("gexf");
          w.writeDefaultNamespace("http://www.gexf.net/1.2draft");
          w.writeAttribute("version", "1.2");
          w.writeStartElement("meta");
          w.writeStartElement("creator");
          w.writeCharacters("Parley");
          w.writeEndElement();
          w.writeEndElement();
          w.writeStartElement("graph");
          w.writeAttribute("defaultedgetype", direction());
          w.writeAttribute("mode", "dynamic");
          w.writeAttribute("timeformat", "date");
          attributes(w, "node", NODE_ATTRS);
          attributes(w, "edge", EDGE_ATTRS);
          w.writeStartElement("nodes");
          for (GraphNode n : network.nodes()) {
            w.writeStartElement("node");
            w.writeAttribute("id", ids.get(n.id()));
            w.writeAttribute("label", n.label());
            attvalues(w, List.of(n.id(), n.type(), n.country(), n.wikidata(), n.wikipedia()));
            w.writeEndElement();
          }
          w.writeEndElement();
          w.writeStartElement("edges");
          int i = 0;
          for (GraphEdge e : edges) {
            startEdge(w, i++, e);
            w.writeAttribute("weight", Integer.toString(e.weight()));
            w.writeAttribute("label", e.kind());
            if (!e.firstDate().isEmpty()) {
              w.writeAttribute(
                  "start",
                  e.firstDate()); // Gephi's timeline: the edge exists from its first meeting
              w.writeAttribute("end", e.lastDate());
            }
            attvalues(w, List.of(e.kind(), e.firstDate(), e.lastDate(), e.evidence(), e.article()));
            w.writeEndElement();
          }
          w.writeEndElement();
          w.writeEndElement();
          w.writeEndElement();
        });
  }

  /** Cytoscape.js elements JSON, which Cytoscape desktop also opens. */
  public void cyjs(OutputStream out) throws IOException {
    JsonArray nodes = new JsonArray();
    for (GraphNode n : network.nodes()) {
      nodes.add(
          element(
              "id",
              ids.get(n.id()),
              "iri",
              n.id(),
              "type",
              n.type(),
              "label",
              n.label(),
              "country",
              n.country(),
              "wikidata",
              n.wikidata(),
              "wikipedia",
              n.wikipedia()));
    }
    JsonArray edgeElements = new JsonArray();
    int i = 0;
    for (GraphEdge e : edges) {
      JsonObject edge =
          element(
              "id",
              "e" + i++,
              "source",
              ids.get(e.source()),
              "target",
              ids.get(e.target()),
              "kind",
              e.kind(),
              "first",
              e.firstDate(),
              "last",
              e.lastDate(),
              "evidence",
              e.evidence(),
              "article",
              e.article());
      edge.get("data").getAsObject().put("weight", e.weight());
      edgeElements.add(edge);
    }
    JsonObject elements = new JsonObject();
    elements.put("nodes", nodes);
    elements.put("edges", edgeElements);
    JsonObject root = new JsonObject();
    root.put("elements", elements);
    JSON.write(out, root);
  }

  /** A Cytoscape.js element: {"data": {key: value, …}} from alternating keys and values. */
  private static JsonObject element(String... keyValues) {
    JsonObject data = new JsonObject();
    for (int k = 0; k < keyValues.length; k += 2) {
      data.put(keyValues[k], keyValues[k + 1]);
    }
    JsonObject element = new JsonObject();
    element.put("data", data);
    return element;
  }

  /**
   * CSV node list (id first) and edge list (source, target first), as Gephi's import wizard
   * expects.
   */
  public void csv(OutputStream nodesOut, OutputStream edgesOut) throws IOException {
    Writer n = new OutputStreamWriter(nodesOut, StandardCharsets.UTF_8);
    n.write("Id,Label,type,iri,country,wikidata,wikipedia\r\n");
    for (GraphNode x : network.nodes()) {
      row(
          n,
          ids.get(x.id()),
          x.label(),
          x.type(),
          x.id(),
          x.country(),
          x.wikidata(),
          x.wikipedia());
    }
    n.flush();
    Writer e = new OutputStreamWriter(edgesOut, StandardCharsets.UTF_8);
    e.write("Source,Target,Type,kind,Weight,first,last,evidence,article\r\n");
    for (GraphEdge x : edges) {
      row(
          e,
          ids.get(x.source()),
          ids.get(x.target()),
          directed ? "Directed" : "Undirected",
          x.kind(),
          Integer.toString(x.weight()),
          x.firstDate(),
          x.lastDate(),
          x.evidence(),
          x.article());
    }
    e.flush();
  }

  private static void row(Writer w, String... cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      String c = cells[i];
      boolean quote = c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r");
      w.write((i == 0 ? "" : ",") + (quote ? "\"" + c.replace("\"", "\"\"") + "\"" : c));
    }
    w.write("\r\n");
  }

  private interface XmlBody {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  private static void xml(OutputStream out, XmlBody body) throws IOException {
    try {
      XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      body.write(w);
      w.writeEndDocument();
      w.flush();
      w.close();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private static void key(XMLStreamWriter w, String id, String target, String type)
      throws XMLStreamException {
    w.writeEmptyElement("key");
    w.writeAttribute("id", id);
    w.writeAttribute("for", target);
    w.writeAttribute("attr.name", id);
    w.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
    if (value.isEmpty()) {
      return;
    }
    w.writeStartElement("data");
    w.writeAttribute("key", key);
    w.writeCharacters(value);
    w.writeEndElement();
  }

  private static void attributes(XMLStreamWriter w, String cls, List<String> names)
      throws XMLStreamException {
    w.writeStartElement("attributes");
    w.writeAttribute("class", cls);
    for (int i = 0; i < names.size(); i++) {
      w.writeEmptyElement("attribute");
      w.writeAttribute("id", Integer.toString(i));
      w.writeAttribute("title", names.get(i));
      w.writeAttribute("type", "string");
    }
    w.writeEndElement();
  }

  private static void attvalues(XMLStreamWriter w, List<String> values) throws XMLStreamException {
    w.writeStartElement("attvalues");
    for (int i = 0; i < values.size(); i++) {
      if (!values.get(i).isEmpty()) {
        w.writeEmptyElement("attvalue");
        w.writeAttribute("for", Integer.toString(i));
        w.writeAttribute("value", values.get(i));
      }
    }
    w.writeEndElement();
  }
}
