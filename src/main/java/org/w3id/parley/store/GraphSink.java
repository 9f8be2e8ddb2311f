package org.w3id.parley.store;

import org.apache.jena.rdf.model.Model;

/**
 * Where {@code parley load --sink} sends resolved graphs, one named graph at a time: a store that
 * speaks the SPARQL 1.1 Graph Store Protocol ({@link GraphStoreSink}) or an N-Quads file for a bulk
 * loader ({@link NQuadsFileSink}).
 */
public interface GraphSink extends AutoCloseable {
  /**
   * A name for the sink that stays the same from run to run (its URL, its file), under which a load
   * remembers what it sent; empty if the sink is written whole each time and remembers nothing.
   */
  java.util.Optional<String> name();

  /** Replaces the named graph with {@code graph}. */
  void put(String graphIri, Model graph);

  /** Removes the named graph. */
  void delete(String graphIri);

  /** Marks the load failed: a sink written whole (a file) leaves nothing behind. */
  default void abandon() {}

  /** Finishes what was sent (a file is moved into place). */
  @Override
  void close();
}
