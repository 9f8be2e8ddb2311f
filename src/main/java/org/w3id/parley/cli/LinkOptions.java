package org.w3id.parley.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.w3id.parley.link.WikipediaLinker;
import org.w3id.parley.store.ParleyStore;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The offline Wikipedia linking that ingest and up run after the articles land. */
final class LinkOptions {
  @Option(
      names = "--no-link",
      description =
          "Do not link persons to Wikipedia after the ingest (`parley link --wikipedia` can, later).")
  boolean noLink;

  @Mixin CacheOptions cache;

  /** Links the store's persons unless --no-link; returns the line that says what it did. */
  Optional<String> linkAfterIngest(ParleyStore store, PrintWriter err) {
    if (noLink) {
      return Optional.empty();
    }
    return Optional.of(link(store, err));
  }

  /** Links the store's persons; returns the line that says what it did. */
  String link(ParleyStore store, PrintWriter err) {
    return summary(cache.wikipedia(err).link(store));
  }

  static String summary(WikipediaLinker.Report r) {
    return "linked " + r.linked() + " of " + r.considered() + " persons to Wikipedia";
  }
}
