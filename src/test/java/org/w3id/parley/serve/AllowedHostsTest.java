package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Host headers name an allowed host and the server's port; POSTs from other sites are told. */
class AllowedHostsTest {
  private static final AllowedHosts HOSTS = AllowedHosts.loopbackAnd(List.of("Analyst.Example"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1:3030",
        "localhost:3030",
        "LOCALHOST:3030",
        "[::1]:3030",
        "analyst.example:3030"
      })
  void allowedNamesWithThePortPass(String host) {
    assertTrue(HOSTS.allows(host, 3030), host);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "attacker.example:3030",
        "127.0.0.1:3031",
        "127.0.0.1",
        "localhost.attacker.example:3030",
        ""
      })
  void othersAreRefused(String host) {
    assertFalse(HOSTS.allows(host, 3030), host);
  }

  @Test
  void aMissingHostIsRefused() {
    assertFalse(HOSTS.allows(null, 3030));
  }

  @Test
  void aNameWithAPortOrSchemeIsRefused() {
    assertThrows(ServeException.class, () -> AllowedHosts.loopbackAnd(List.of("box:3030")));
    assertThrows(ServeException.class, () -> AllowedHosts.loopbackAnd(List.of("http://box")));
  }

  @Test
  void postsFromOtherSitesAreToldByOriginOrFetchMetadata() {
    String host = "127.0.0.1:3030";
    assertFalse(AllowedHosts.crossSite("POST", host, null, null, null));
    assertFalse(
        AllowedHosts.crossSite("POST", host, "http://127.0.0.1:3030", "same-origin", "cors"));
    assertTrue(AllowedHosts.crossSite("POST", host, "https://attacker.example", null, null));
    assertTrue(AllowedHosts.crossSite("POST", host, "null", null, null));
    assertTrue(AllowedHosts.crossSite("POST", host, null, "cross-site", "navigate"));
    assertTrue(AllowedHosts.crossSite("POST", host, null, "same-site", "cors"));
  }

  @Test
  void getsFromOtherSitesPassOnlyAsFollowedLinks() {
    String host = "127.0.0.1:3030";
    assertFalse(AllowedHosts.crossSite("GET", host, null, "cross-site", "navigate"));
    assertFalse(AllowedHosts.crossSite("GET", host, null, "none", "navigate"));
    assertTrue(AllowedHosts.crossSite("GET", host, null, "cross-site", "no-cors"));
    assertTrue(
        AllowedHosts.crossSite("GET", host, "https://attacker.example", "cross-site", "cors"));
  }
}
