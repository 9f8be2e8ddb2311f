package org.w3id.parley.extract.entity;

import java.time.LocalDate;
import java.util.List;
import org.w3id.parley.extract.Extraction;

/** An invented article's entities of one kind as sorted labels, for the entity tests. */
final class EntityLabels {
  private EntityLabels() {}

  static List<String> labels(String text, LocalDate published, EntityKind kind) {
    return Extraction.of(text, published).entities().stream()
        .filter(e -> e.ref().kind() == kind)
        .map(Entity::label)
        .sorted()
        .toList();
  }
}
