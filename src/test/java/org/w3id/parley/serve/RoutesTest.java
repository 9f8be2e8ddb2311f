package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Raw request paths that Jetty would normalise before routing are told apart from plain ones. */
class RoutesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "/$/validate/../datasets",
        "/$/validate/..",
        "/kg/./sparql",
        "/$/validate/%2e%2e/datasets",
        "/$/validate/%2E%2E/datasets",
        "/$/validate/.%2e/datasets",
        "/$//datasets",
        "//kg/sparql",
        "/$/datasets;x",
        "/kg;jsessionid=1/sparql",
        "/$\\datasets",
        "/id/a%2fb",
        "/id/a%5Cb",
        "/id/a%3bb",
        "/id/a%00b",
        "/id/a%25b",
        "/id/a%2",
        "/id/a%zz",
        "kg/sparql",
        ""
      })
  void ambiguousPathsAreCaught(String raw) {
    Optional<String> why = Routes.ambiguity(raw);

    assertTrue(why.isPresent(), raw);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/kg",
        "/kg/sparql",
        "/graph/",
        "/id/person/sergey-lavrov",
        "/id/article/sub%20report",
        "/id/person/Zelens%C3%A9",
        "/$/datasets/kg"
      })
  void plainPathsPass(String raw) {
    assertEquals(Optional.empty(), Routes.ambiguity(raw), raw);
  }
}
