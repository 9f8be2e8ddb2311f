package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SERVICE allow-list matches whole prefixes, and refuses what is not a URL with a host. */
class ServicePolicyTest {
  private static final ServicePolicy WIKIDATA =
      ServicePolicy.NONE.allowing("https://query.wikidata.org/sparql");

  @Test
  void nothingIsAllowedByDefault() {
    assertFalse(ServicePolicy.NONE.allows("https://query.wikidata.org/sparql"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://query.wikidata.org/sparql",
        "https://query.wikidata.org/sparql?format=json",
        "https://query.wikidata.org/sparql/more"
      })
  void theUrlAndWhatGoesOnFromItAreAllowed(String url) {
    assertTrue(WIKIDATA.allows(url), url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://query.wikidata.org/sparqlx",
        "https://query.wikidata.org/",
        "http://query.wikidata.org/sparql",
        "https://query.wikidata.org.attacker.example/sparql",
        "http://169.254.169.254/latest/meta-data/",
        "urn:x:service"
      })
  void otherUrlsAreRefused(String url) {
    assertFalse(WIKIDATA.allows(url), url);
  }

  @Test
  void aHostPrefixDoesNotLetALongerHostThrough() {
    ServicePolicy host = ServicePolicy.NONE.allowing("https://query.wikidata.org");

    assertTrue(host.allows("https://query.wikidata.org/sparql"));
    assertFalse(host.allows("https://query.wikidata.org.attacker.example/sparql"));
    assertFalse(host.allows("https://query.wikidata.org@attacker.example/sparql"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"query.wikidata.org", "ftp://example.org/", "https:///x", "http://u@h/"})
  void aPrefixThatIsNotAnHttpUrlWithAHostIsRefused(String prefix) {
    ServeException e =
        assertThrows(ServeException.class, () -> ServicePolicy.NONE.allowing(prefix));

    assertTrue(e.getMessage().contains(prefix), e.getMessage());
  }

  @Test
  void timeoutsAndTheRowCapMustBePositive() {
    assertThrows(
        ServeException.class, () -> ServicePolicy.NONE.withTimeouts(Duration.ZERO, Duration.ZERO));
    assertThrows(ServeException.class, () -> ServicePolicy.NONE.withMaxRows(0));
  }
}
