package org.w3id.parley.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.w3id.parley.link.LinkException;
import org.w3id.parley.link.PersonLinker;
import org.w3id.parley.link.WikidataClient;
import org.w3id.parley.store.ParleyStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parley link --wikidata}: link persons to Wikidata. */
@Command(
    name = "link",
    mixinStandardHelpOptions = true,
    description = {
      "Link persons to English Wikipedia (offline: parley:wikipedia, from Wikipedia's anchor statistics) and/or to"
          + " Wikidata (online: owl:sameAs when exactly one human item fits the name and the country the article gives;"
          + " answers are cached, so a second run sends no request).",
      "Without the internet, --wikidata says so and changes nothing."
    })
final class LinkCommand implements Callable<Integer> {
  @Mixin StoreOptions options;

  @Option(names = "--wikidata", description = "Link persons to Wikidata items (online, cached).")
  boolean wikidata;

  @Option(
      names = "--wikipedia",
      description =
          "Link persons to English Wikipedia articles offline, from Wikipedia's anchor statistics (the first run"
              + " builds an index in the cache folder, about 15 s and 180 MB, for every store).")
  boolean wikipedia;

  @Mixin CacheOptions cacheFolder;

  @Option(
      names = "--api",
      paramLabel = "URL",
      description = "Wikidata API endpoint (default: ${DEFAULT-VALUE}).")
  URI api = WikidataClient.PUBLIC_API;

  @Option(
      names = "--cache",
      paramLabel = "FILE",
      description = "Where answers are cached (default: wikidata-cache.jsonl next to the store).")
  Path cache;

  @Option(
      names = "--pause-ms",
      paramLabel = "N",
      description = "Pause between requests (default: ${DEFAULT-VALUE}).")
  long pauseMs = 250;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    options.applyLogging();
    if (!wikidata && !wikipedia) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "say what to link to: --wikipedia and/or --wikidata");
    }
    Path store = options.existingStore();
    Path next = store.toAbsolutePath().getParent();
    PrintWriter out = spec.commandLine().getOut();
    try (ParleyStore s = ParleyStore.open(store)) {
      if (wikipedia) {
        out.println(
            LinkOptions.summary(cacheFolder.wikipedia(spec.commandLine().getErr()).link(s)));
        out.flush();
      }
      return wikidata ? linkWikidata(s, next.resolve("wikidata-cache.jsonl")) : Main.OK;
    }
  }

  private int linkWikidata(ParleyStore s, Path defaultCache) {
    PrintWriter out = spec.commandLine().getOut();
    Path cacheFile = cache != null ? cache : defaultCache;
    PersonLinker.Report r;
    try {
      r =
          new PersonLinker(s, new WikidataClient(api, cacheFile, Duration.ofMillis(pauseMs)))
              .link();
    } catch (LinkException e) {
      spec.commandLine()
          .getErr()
          .println("parley: offline: " + e.getMessage() + "; nothing changed");
      spec.commandLine().getErr().flush();
      return Main.FAILURE;
    }
    out.printf(
        "linked %d of %d persons and %d organisations to Wikidata (%d persons ambiguous, %d without a fitting"
            + " item); %d roles disagree with Wikidata's positions on the article's date; %d requests, the rest"
            + " from %s%n",
        r.linked(),
        r.considered(),
        r.organisations(),
        r.ambiguous(),
        r.unmatched(),
        r.roleDisagreements(),
        r.requests(),
        cacheFile);
    out.flush();
    return Main.OK;
  }
}
