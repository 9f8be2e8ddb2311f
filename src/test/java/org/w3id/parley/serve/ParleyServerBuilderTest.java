package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.assembler.DatasetAssemblerVocab;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings are checked before anything is opened; the config file is moved onto any store. */
class ParleyServerBuilderTest {
  static final Path CONFIG = Path.of("fuseki-config.ttl");

  @TempDir Path dir;

  @Test
  void buildWithoutConfigSaysWhichSettingIsMissing() {
    ServeException e = assertThrows(ServeException.class, () -> ParleyServer.builder().build());

    assertTrue(e.getMessage().contains("config(Path)"), e.getMessage());
  }

  @Test
  void missingConfigFileIsNamedInTheError() {
    Path missing = dir.resolve("nowhere.ttl");

    ServeException e =
        assertThrows(ServeException.class, () -> ParleyServer.builder().config(missing).build());

    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
  }

  @Test
  void portOutsideTheTcpRangeIsRefused() {
    assertThrows(ServeException.class, () -> ParleyServer.builder().port(-1));
    assertThrows(ServeException.class, () -> ParleyServer.builder().port(65_536));
  }

  @Test
  void storeThatIsAFileIsRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("store"), "not a store");

    ServeException e =
        assertThrows(
            ServeException.class, () -> ParleyServer.builder().config(CONFIG).store(file).build());

    assertTrue(e.getMessage().contains("expected a folder"), e.getMessage());
  }

  @Test
  void storeReplacesEveryTdb2LocationOfTheConfig() {
    Path store = dir.resolve("elsewhere");

    Model moved = ServerConfig.withStore(ServerConfig.load(CONFIG), store, CONFIG);

    List<RDFNode> locations = moved.listObjectsOfProperty(VocabTDB2.pLocation).toList();
    assertEquals(1, locations.size());
    assertEquals(store.toAbsolutePath().toString(), locations.get(0).asLiteral().getString());
  }

  @Test
  void storeNeedsAConfigWithATdb2Location() throws IOException {
    Path memoryConfig = dir.resolve("memory.ttl");
    Files.writeString(
        memoryConfig,
        """
        PREFIX fuseki: <http://jena.apache.org/fuseki#>
        PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>
        <#service> a fuseki:Service ; fuseki:name "kg" ;
            fuseki:endpoint [ fuseki:operation fuseki:query ] ;
            fuseki:dataset [ a ja:MemoryDataset ] .
        """);

    ServeException e =
        assertThrows(
            ServeException.class,
            () -> ParleyServer.builder().config(memoryConfig).store(dir.resolve("tdb2")).build());

    assertTrue(e.getMessage().contains("no tdb2:location"), e.getMessage());
    assertTrue(e.getMessage().contains(memoryConfig.toString()), e.getMessage());
  }

  @Test
  void storeAndOpenDatasetTogetherAreRefused() {
    ServeException e =
        assertThrows(
            ServeException.class,
            () ->
                ParleyServer.builder()
                    .config(CONFIG)
                    .store(dir.resolve("tdb2"))
                    .dataset(DatasetGraphFactory.createTxnMem())
                    .build());

    assertTrue(e.getMessage().contains("not both"), e.getMessage());
  }

  @Test
  void givenDatasetTakesThePlaceOfEveryServiceDatasetSoNoneIsOpened() {
    Model placed = ServerConfig.withPlaceholderDatasets(ServerConfig.load(CONFIG), CONFIG);

    List<RDFNode> datasets = placed.listObjectsOfProperty(FusekiVocab.pDataset).toList();
    assertEquals(1, datasets.size());
    assertTrue(
        datasets.get(0).asResource().hasProperty(RDF.type, DatasetAssemblerVocab.tDatasetZero));
    assertEquals(List.of("kg"), ServerConfig.serviceNames(placed));
  }
}
