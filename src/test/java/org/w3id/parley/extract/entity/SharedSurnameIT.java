package org.w3id.parley.extract.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.w3id.parley.extract.ArticleFacts;
import org.w3id.parley.extract.Extraction;

/**
 * Who a surname alone and a pronoun stand for when the article leaves room for doubt, through the
 * real CoreNLP pipeline, read off the meetings they take part in.
 */
class SharedSurnameIT {
  private static List<Set<String>> meetings(String text) {
    ArticleFacts f = Extraction.of(text, LocalDate.of(2016, 3, 10));
    Map<EntityRef, String> label =
        f.entities().stream().collect(Collectors.toMap(Entity::ref, Entity::label));
    return f.meetings().stream()
        .map(
            m ->
                (Set<String>)
                    m.participants().stream()
                        .map(label::get)
                        .collect(Collectors.toCollection(TreeSet::new)))
        .toList();
  }

  @Test
  void aSurnameAloneIsThePersonTheArticleNamedFirstWithIt() {
    String text =
        "Hillary Clinton met Bernie Sanders in Miami on Wednesday.\n\n"
            + "Her husband, former President Bill Clinton, stayed in New York.\n\n"
            + "On Thursday Clinton met Joe Biden in Boston.";
    assertEquals(
        List.of(
            new TreeSet<>(List.of("Bernie Sanders", "Hillary Clinton")),
            new TreeSet<>(List.of("Hillary Clinton", "Joe Biden"))),
        meetings(text));
  }

  @Test
  void aPronounGoesToThePersonWhoseFirstNameAgreesOverANearerOneWhoseNameTellsNothing() {
    String text =
        "Maria Lopez campaigned in Ohio against Governor Okonkwo.\n\n"
            + "The race tightened in Michigan.\n\n"
            + "Her meeting with John Carter on Friday went well.";
    assertEquals(List.of(new TreeSet<>(List.of("John Carter", "Maria Lopez"))), meetings(text));
  }
}
