package org.w3id.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.w3id.parley.app.FolderLoad;
import org.w3id.parley.ingest.Rejection;
import org.w3id.parley.store.ArticleFolder;
import org.w3id.parley.store.GraphSink;
import org.w3id.parley.store.GraphStoreSink;
import org.w3id.parley.store.NQuadsFileSink;
import org.w3id.parley.store.ParleyStore;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley load DIR}: resolves and loads what {@code parley extract} wrote. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Resolve who is who across the articles `parley extract --out DIR` wrote, from all of them at"
          + " once, and load them: into the local TDB2 store (one bulk transaction when it is empty;"
          + " else new and changed articles, resolved with the store's persons, as ingest does), into"
          + " any SPARQL 1.1 Graph Store Protocol store (--sink URL), or into one N-Quads file for a"
          + " bulk loader such as tdb2.xloader (--to FILE).",
      "A sink is sent only the graphs that changed since the last load of DIR into it. A file that is"
          + " not an article's is reported (file and line) and skipped (exit code 2).",
      "Sink credentials: --sink-user, with the password in the environment variable"
          + " PARLEY_SINK_PASSWORD (never on the command line)."
    })
final class LoadCommand implements Callable<Integer> {
  @Mixin StoreOptions options;

  @Mixin LinkOptions link;

  @Parameters(paramLabel = "DIR", description = "The folder `parley extract --out` wrote.")
  Path dir;

  static final class Target {
    @Option(
        names = "--sink",
        paramLabel = "URL",
        description =
            "A Graph Store Protocol endpoint to send the resolved graphs to (for Fuseki: the"
                + " dataset's URL, e.g. http://host:3030/kg), instead of the local store.")
    String sink;

    @Option(
        names = "--to",
        paramLabel = "FILE",
        description =
            "Write the resolved graphs to one N-Quads file (.nq, or .nq.gz) instead of the local"
                + " store.")
    Path file;
  }

  @ArgGroup(exclusive = true)
  Target target;

  @Option(
      names = "--sink-user",
      paramLabel = "USER",
      description =
          "User for HTTP Basic authentication at --sink (password: PARLEY_SINK_PASSWORD).")
  String sinkUser;

  @Option(
      names = "--replace",
      description =
          "Let an article replace one of the same id the store read from another file (default:"
              + " reject it).")
  boolean replace;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    options.applyLogging();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    ArticleFolder folder = ArticleFolder.existing(dir);
    FolderLoad.Listener listener = new Progress(err);
    FolderLoad.Report r;
    String where;
    if (target != null) {
      where = target.sink != null ? target.sink : target.file.toString();
      try (GraphSink sink = sink()) {
        r = FolderLoad.toSink(folder, sink, listener);
      }
    } else {
      if (sinkUser != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--sink-user goes with --sink");
      }
      try (ParleyStore store = ParleyStore.open(options.store())) {
        where = store.location().toString();
        r = FolderLoad.intoStore(folder, store, replace, listener);
        out.println(summary(r, where));
        if (r.loaded() > 0) {
          link.linkAfterIngest(store, err).ifPresent(out::println);
          if (!r.bulk()) {
            long[] bytes = store.compact();
            out.printf(
                Locale.ROOT,
                "compacted the store: %.1f MB on disk before, %.1f MB after%n",
                bytes[0] / 1e6,
                bytes[1] / 1e6);
          }
        }
        out.flush();
        return r.rejected().isEmpty() ? Main.OK : Main.REJECTED;
      }
    }
    out.println(summary(r, where));
    out.flush();
    return r.rejected().isEmpty() ? Main.OK : Main.REJECTED;
  }

  private GraphSink sink() {
    if (target.file != null) {
      if (sinkUser != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--sink-user goes with --sink");
      }
      return NQuadsFileSink.of(target.file);
    }
    Optional<GraphStoreSink.Credentials> credentials = Optional.empty();
    if (sinkUser != null) {
      String password = System.getenv("PARLEY_SINK_PASSWORD");
      if (password == null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--sink-user " + sinkUser + " needs the password in PARLEY_SINK_PASSWORD");
      }
      credentials = Optional.of(new GraphStoreSink.Credentials(sinkUser, password));
    }
    return GraphStoreSink.of(target.sink, credentials);
  }

  static String summary(FolderLoad.Report r, String where) {
    return String.format(
        Locale.ROOT,
        "loaded %d article files into %s%s: %d written, %d unchanged, %d rejected; %s; %.1f s",
        r.files(),
        where,
        r.bulk() ? " (one bulk transaction)" : "",
        r.loaded(),
        r.unchanged(),
        r.rejected().size(),
        r.persons() >= 0 ? r.persons() + " persons after resolution" : "no resolution needed",
        r.seconds());
  }

  /** Prints a line every two seconds and each rejected file. */
  private static final class Progress implements FolderLoad.Listener {
    private final PrintWriter err;
    private long last = System.nanoTime();

    Progress(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void progress(String what, int done, int total) {
      long now = System.nanoTime();
      if (now - last > 2_000_000_000L || done == total) {
        last = now;
        err.printf(Locale.ROOT, "load: %s %d/%d files%n", what, done, total);
        err.flush();
      }
    }

    @Override
    public void rejected(Rejection r) {
      err.println("load: " + r);
      err.flush();
    }
  }
}
