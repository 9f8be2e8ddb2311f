package org.w3id.parley.cli;

import java.io.PrintWriter;
import org.w3id.parley.ParleyException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code parley} command line.
 *
 * <pre>
 * parley up                       # ingest seeds/ and serve at http://127.0.0.1:3030/
 * parley ingest [--store DIR] PATH...
 * parley extract --out DIR PATH...  # extraction without a store
 * parley load   [--store DIR | --sink URL | --to FILE] DIR
 * parley query  [--store DIR] [--format table|csv|tsv|json] (FILE.rq | -e SPARQL)
 * parley serve  [--store DIR] [--port N] [--config fuseki-config.ttl]
 * </pre>
 *
 * Exit codes: 0 ok, 1 failure, 2 some input rejected (or a usage error).
 */
@Command(
    name = "parley",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description =
        "News articles to a knowledge graph of persons, meetings and statements, queried with SPARQL.",
    subcommands = {
      UpCommand.class,
      IngestCommand.class,
      ExtractCommand.class,
      LoadCommand.class,
      QueryCommand.class,
      ServeCommand.class,
      EvalCommand.class,
      MergesCommand.class,
      UnmergeCommand.class,
      LinkCommand.class,
      ExportCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      BenchCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "1:failure", "2:some input rejected, or a usage error"})
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int FAILURE = 1;
  public static final int REJECTED = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a command: up, ingest, query or serve");
  }

  public static void main(String[] args) {
    System.exit(
        execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code (used by tests). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    // Formats are enums, typed in lower case: "--format gexf".
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          boolean verbose =
              parseResult.subcommand() != null
                  && parseResult.subcommand().hasMatchedOption("--verbose");
          if (e instanceof ParleyException || !verbose) {
            err.println(
                "parley: " + (e instanceof ParleyException ? e.getMessage() : e.toString()));
          }
          if (verbose) {
            e.printStackTrace(err);
          }
          err.flush();
          return FAILURE;
        });
    return cl.execute(args);
  }

  /** Version from the jar manifest, or "dev" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"parley " + (v == null ? "dev" : v)};
    }
  }
}
