package org.w3id.parley.extract.entity;

/** The kinds of entity Parley extracts; each has its own IRI path. */
public enum EntityKind {
  PERSON("person"),
  COUNTRY("country"),
  PLACE("place"),
  ORGANIZATION("org");

  private final String path;

  EntityKind(String path) {
    this.path = path;
  }

  /**
   * The IRI path segment, e.g. {@code person} in {@code
   * https://w3id.org/parley/id/person/sergey-lavrov}.
   */
  public String path() {
    return path;
  }
}
