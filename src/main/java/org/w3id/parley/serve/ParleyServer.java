package org.w3id.parley.serve;

import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge graph over HTTP: Apache Jena Fuseki serving the services of a Fuseki configuration
 * file (the repository's {@code fuseki-config.ttl}: a read-only SPARQL service "kg"), with Parley's
 * query page at "/query" (where "/" leads), the Fuseki UI at "/index.html", the network view at
 * "/graph" and the resource pages under "/id/".
 *
 * <pre>{@code
 * try (ParleyServer server =
 *     ParleyServer.builder()
 *         .config(Path.of("fuseki-config.ttl"))
 *         .store(Path.of("data/tdb2"))
 *         .build()
 *         .start()) {
 *   server.join(); // page at http://127.0.0.1:3030/query, SPARQL at http://127.0.0.1:3030/kg/sparql
 * }
 * }</pre>
 *
 * <p>The UI is Fuseki's own, as the stock {@code fuseki-server} has it: {@link FMod_UI} serves the
 * pages of jena-fuseki-ui and {@link FMod_Admin} the admin API those pages call ({@code /$/ping},
 * {@code /$/server}, {@code /$/datasets}, {@code /$/stats}). The stock server's Shiro and
 * Prometheus modules are left out: {@link RequestGuard} stands in front of everything, answers only
 * the read-only requests of {@link Routes}, only for the {@link AllowedHosts} and not to cross-site
 * POSTs; {@link ServerLimits} caps concurrent queries and request bodies; and {@link ServicePolicy}
 * decides which SERVICE calls queries may make (none by default). CORS is off, so pages of other
 * sites cannot read the answers.
 *
 * <p>One server per JVM is the intended use: Jena keeps the admin module's work folder (Fuseki's
 * {@code FUSEKI_BASE}) in static fields, so of two servers in one JVM, both use the folder of the
 * one built last. The SPARQL services themselves are independent.
 */
public final class ParleyServer implements AutoCloseable {

  /** Port used unless {@link Builder#port(int)} says otherwise: Fuseki's usual one. */
  public static final int DEFAULT_PORT = 3030;

  private static final String LOOPBACK = "127.0.0.1";
  private static final Logger LOG = LoggerFactory.getLogger(ParleyServer.class);

  private final FusekiServer fuseki;
  private final int requestedPort;
  private final FusekiWorkFolder workFolder;
  private final DatasetGraph given;
  private final AllowedHosts hosts;
  private volatile boolean started;

  private ParleyServer(
      FusekiServer fuseki,
      int port,
      FusekiWorkFolder workFolder,
      DatasetGraph given,
      AllowedHosts hosts) {
    this.fuseki = fuseki;
    this.requestedPort = port;
    this.workFolder = workFolder;
    this.given = given;
    this.hosts = hosts;
  }

  /** Returns a builder; only {@link Builder#config(Path)} is required. */
  /**
   * The TDB2 folder a Fuseki configuration serves (its first {@code tdb2:location}), which is also
   * where {@code parley ingest} and {@code parley query} work by default.
   *
   * @throws ServeException if the file cannot be read or names no TDB2 location
   */
  public static Path storeOf(Path config) {
    return ServerConfig.storeLocation(config)
        .orElseThrow(
            () -> new ServeException("Fuseki configuration " + config + " names no tdb2:location"));
  }

  public static Builder builder() {
    return new Builder();
  }

  private static boolean causedByBind(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Starts serving and logs one line with the query page, SPARQL and network view addresses.
   * Returns this server.
   */
  public ParleyServer start() {
    try {
      fuseki.start();
    } catch (RuntimeException e) {
      String reason =
          causedByBind(e)
              ? "port "
                  + requestedPort
                  + " is in use; choose another with --port, or 0 for any free port"
              : String.valueOf(e.getMessage());
      throw new ServeException("cannot start the SPARQL server: " + reason, e);
    }
    started = true;
    List<InetSocketAddress> bound = boundAddresses();
    Listening.warnIfExposed(LOG, bound, hosts, port());
    LOG.info(
        "Listening on {} - query page at {} - SPARQL endpoint at {} - network view at {}",
        Listening.format(bound),
        baseUri().resolve("query"),
        sparqlEndpoints(),
        baseUri().resolve("graph"));
    return this;
  }

  /**
   * The addresses the server's sockets are bound to: 127.0.0.1 on loopback, the wildcard address
   * (0.0.0.0 or ::) on every interface. Empty unless started.
   */
  public List<InetSocketAddress> boundAddresses() {
    return Listening.addresses(fuseki.getJettyServer());
  }

  /** The port served: the one the system chose once started with port 0, else the one asked for. */
  public int port() {
    return started ? fuseki.getHttpPort() : requestedPort;
  }

  /** Where the UI is, on loopback, e.g. {@code http://127.0.0.1:3030/}; services are below it. */
  public URI baseUri() {
    return URI.create("http://" + LOOPBACK + ":" + port() + "/");
  }

  /** Fuseki's work folder (FUSEKI_BASE) used by the admin module. */
  public Path fusekiBase() {
    return workFolder.path();
  }

  /** The underlying Jena server, for what this class does not cover (its Jetty connectors, say). */
  public FusekiServer fuseki() {
    return fuseki;
  }

  /** Blocks until the server stops. */
  public void join() {
    fuseki.join();
  }

  /**
   * Stops the server, releases its stores and, when the builder made it, deletes the Fuseki work
   * folder. Releasing matters within one JVM: a store's full-text index holds a Lucene write lock
   * until it is closed, and the TDB2 store stays cached until it is expelled, so the store could
   * not be opened again here (by {@code ParleyStore.open}, or by another server) otherwise. A
   * dataset given to {@link Builder#dataset(DatasetGraph)} is left open: its owner closes it.
   */
  @Override
  public void close() {
    try {
      var services =
          fuseki.getDataAccessPointRegistry().accessPoints().stream()
              .map(DataAccessPoint::getDataService)
              .distinct()
              .toList(); // the registry is gone once the server has stopped
      fuseki.stop();
      services.stream()
          .filter(service -> service.getDataset() != given)
          .forEach(DataService::shutdown);
    } finally {
      started = false;
      workFolder.release();
    }
  }

  private String sparqlEndpoints() {
    return fuseki.getDataAccessPointRegistry().accessPoints().stream()
        .map(this::sparqlEndpoint)
        .collect(Collectors.joining(", "));
  }

  // Prefers the conventional "/sparql" endpoint, then any named query endpoint, then the dataset.
  private String sparqlEndpoint(DataAccessPoint dap) {
    String dataset = baseUri() + dap.getName().replaceFirst("^/", "");
    return dap.getDataService().getEndpoints(Operation.Query).stream()
        .filter(endpoint -> !endpoint.isUnnamed())
        .map(Endpoint::getName)
        .min(Comparator.comparing((String name) -> !name.equals("sparql")))
        .map(name -> dataset + "/" + name)
        .orElse(dataset);
  }

  /**
   * Settings for a {@link ParleyServer}; {@link #build()} checks them, reads the configuration and
   * opens the store.
   */
  public static final class Builder {
    private Path config;
    private Path store;
    private int port = DEFAULT_PORT;
    private boolean loopback = true;
    private Path fusekiBase;
    private DatasetGraph dataset;
    private final List<String> allowedHosts = new ArrayList<>();
    private ServicePolicy services = ServicePolicy.NONE;
    private ServerLimits limits = ServerLimits.DEFAULT;

    private Builder() {}

    /** The Fuseki configuration file (Turtle, as the stock server reads it). Required. */
    public Builder config(Path config) {
      this.config = Objects.requireNonNull(config, "config");
      return this;
    }

    /**
     * The TDB2 store folder to serve. It replaces every {@code tdb2:location} of the configuration,
     * so one configuration file serves any store. Default: the locations the file names, resolved
     * against the working directory as Fuseki does.
     */
    public Builder store(Path store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * A dataset that is already open, served in place of the one the configuration describes: every
     * service of the configuration keeps its endpoints and settings and serves this dataset
     * instead, and the configuration's own dataset is never opened. For a store this JVM also
     * writes (ingest while serving): Parley's {@code ParleyStore} holds its full-text index's
     * Lucene write lock, so opening the store a second time through the configuration would fail.
     * The caller keeps ownership: {@link ParleyServer#close()} leaves the dataset open. Not
     * together with {@link #store(Path)}. Default: none, the configuration's dataset is opened.
     */
    public Builder dataset(DatasetGraph dataset) {
      this.dataset = Objects.requireNonNull(dataset, "dataset");
      return this;
    }

    /** The HTTP port; 0 lets the system choose a free one, see {@link ParleyServer#port()}. */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new ServeException("port must be 0 (any free port) to 65535, found " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Whether to answer on 127.0.0.1 only. Default true; false answers on every interface, to
     * anyone who can reach the machine (the service is read-only either way), and needs {@link
     * #allowedHosts}.
     */
    public Builder loopback(boolean loopback) {
      this.loopback = loopback;
      return this;
    }

    /**
     * Host names or IP addresses clients may name in the {@code Host} header, besides 127.0.0.1,
     * localhost and [::1], which are always allowed: the names by which other machines reach this
     * one when it is not on {@link #loopback} only. Default: none.
     */
    public Builder allowedHosts(Collection<String> names) {
      AllowedHosts.loopbackAnd(List.copyOf(names)); // checks them now
      allowedHosts.addAll(names);
      return this;
    }

    /** Which SERVICE calls queries may make. Default: {@link ServicePolicy#NONE}. */
    public Builder services(ServicePolicy services) {
      this.services = Objects.requireNonNull(services, "services");
      return this;
    }

    /**
     * Caps on concurrent queries, request bodies and pages. Default: {@link ServerLimits#DEFAULT}.
     */
    public Builder limits(ServerLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Fuseki's work folder (FUSEKI_BASE), where the admin module keeps its files (shiro.ini,
     * templates, ...); created if missing, and kept. Default: a new folder {@code parley-fuseki-*}
     * in the system temporary folder, deleted by {@link ParleyServer#close()}. Nothing in it needs
     * to outlive the server, since the admin API is read-only. Datasets described in its {@code
     * configuration/} folder are served too, as by the stock server.
     */
    public Builder fusekiBase(Path fusekiBase) {
      this.fusekiBase = Objects.requireNonNull(fusekiBase, "fusekiBase");
      return this;
    }

    /** Checks the settings, reads the configuration, opens the store and builds the server. */
    public ParleyServer build() {
      if (config == null) {
        throw new ServeException(
            "no Fuseki configuration: call config(Path), e.g. config(Path.of(\"fuseki-config.ttl\"))");
      }
      if (store != null && dataset != null) {
        throw new ServeException(
            "give the server a store(" + store + ") to open or an open dataset(...), not both");
      }
      if (!loopback && allowedHosts.isEmpty()) {
        throw new ServeException(
            "a server on every interface needs the host names its clients use: give"
                + " --allowed-host NAME (e.g. --allowed-host analyst-box.example) with --bind-all");
      }
      requireFolderOrAbsent(store, "store");
      requireFolderOrAbsent(fusekiBase, "Fuseki work folder");
      Model model = ServerConfig.load(config);
      if (store != null) {
        model = ServerConfig.withStore(model, store, config);
      }
      if (dataset != null) {
        model = ServerConfig.withPlaceholderDatasets(model, config);
      }
      FusekiWorkFolder workFolder =
          fusekiBase == null ? FusekiWorkFolder.temporary() : FusekiWorkFolder.given(fusekiBase);
      try {
        AllowedHosts hosts = AllowedHosts.loopbackAnd(allowedHosts);
        FusekiServer fuseki = buildFuseki(model, workFolder);
        RequestGuard.install(fuseki, hosts, limits);
        return new ParleyServer(fuseki, port, workFolder, dataset, hosts);
      } catch (RuntimeException e) {
        workFolder.release();
        throw e;
      }
    }

    private FusekiServer buildFuseki(Model model, FusekiWorkFolder workFolder) {
      FusekiServer server;
      try {
        FusekiServer.Builder fuseki =
            FusekiServer.create()
                .port(port)
                .loopback(loopback)
                // Admin first: FMod_UI finds the work folder through what FMod_Admin sets up.
                .fusekiModules(FusekiModules.create(FMod_Admin.create(), FMod_UI.create()))
                // Off by default in the builder; said here since the stock server turns it on.
                .enableCors(false)
                .registerOperation(
                    Operation.Query,
                    WebContent.contentTypeSPARQLQuery,
                    new GatedQuery(new ServiceGate(services)))
                .parseConfig(model)
                .addFilter(FusekiUiPaths.PATH_SPEC, new FusekiUiPaths())
                // Linked-data pages for every https://w3id.org/parley/id/... resource
                .addServlet("/id/*", new ResourcePages(limits.maxPageRows()))
                .addServlet("/graph/*", new GraphPage())
                .addServlet("/query/*", new QueryPage())
                // "" is the root alone: the Fuseki UI keeps /index.html and its other files.
                .addServlet("", new QueryPage.Root());
        if (dataset != null) {
          ServerConfig.serviceNames(model)
              .forEach(name -> fuseki.getDataServiceBuilder(name).dataset(dataset));
        }
        server = workFolder.whileBuilding(fuseki::build);
      } catch (ServeException e) {
        throw e;
      } catch (RuntimeException e) {
        String on = store == null ? "" : " on store " + store;
        throw new ServeException("cannot serve " + config + on + ": " + e.getMessage(), e);
      }
      if (loopback) {
        // Fuseki's loopback binds "localhost", which may resolve to ::1; the UI address is IPv4.
        for (Connector connector : server.getJettyServer().getConnectors()) {
          if (connector instanceof ServerConnector serverConnector) {
            serverConnector.setHost(LOOPBACK);
          }
        }
      }
      return server;
    }

    private static void requireFolderOrAbsent(Path folder, String what) {
      if (folder != null && Files.exists(folder) && !Files.isDirectory(folder)) {
        throw new ServeException(what + " " + folder + " is a file; expected a folder");
      }
    }
  }
}
