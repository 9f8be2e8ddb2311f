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
      "Link persons to Wikidata items (owl:sameAs), when exactly one human item fits the name and the country"
          + " the article gives. Needs the internet; answers are cached, so a second run sends no request.",
      "Offline, it says so and changes nothing."
    })
final class LinkCommand implements Callable<Integer> {
  @Mixin StoreOptions options;

  @Option(
      names = "--wikidata",
      required = true,
      description = "Link to Wikidata (the only source for now).")
  boolean wikidata;

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
    Path store = options.store();
    Path cacheFile =
        cache != null ? cache : store.toAbsolutePath().getParent().resolve("wikidata-cache.jsonl");
    PrintWriter out = spec.commandLine().getOut();
    try (ParleyStore s = ParleyStore.open(store)) {
      PersonLinker.Report r =
          new PersonLinker(s, new WikidataClient(api, cacheFile, Duration.ofMillis(pauseMs)))
              .link();
      out.printf(
          "linked %d of %d persons to Wikidata (%d ambiguous, %d without a fitting item); %d requests, the rest"
              + " from %s%n",
          r.linked(), r.considered(), r.ambiguous(), r.unmatched(), r.requests(), cacheFile);
      out.flush();
      return Main.OK;
    } catch (LinkException e) {
      spec.commandLine()
          .getErr()
          .println("parley: offline: " + e.getMessage() + "; nothing changed");
      spec.commandLine().getErr().flush();
      return Main.FAILURE;
    }
  }
}
