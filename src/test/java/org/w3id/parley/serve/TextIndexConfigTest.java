package org.w3id.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.assembler.Assembler;
import org.apache.jena.assembler.Mode;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.assembler.EntityDefinitionAssembler;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.parley.store.ParleyStore;
import org.w3id.parley.store.TextIndexDefinition;

/**
 * The full-text index that fuseki-config.ttl declares is the one Parley's ingest writes: same
 * fields, same predicates, same bookkeeping fields, in the same folder of the store. If the two
 * drifted apart, the server would search an index laid out differently from the one on disk.
 */
class TextIndexConfigTest {
  private static final Model CONFIG = ServerConfig.load(Path.of("fuseki-config.ttl"));

  private static Resource only(Resource type) {
    List<Resource> found = CONFIG.listResourcesWithProperty(RDF.type, type).toList();
    assertEquals(1, found.size(), "fuseki-config.ttl should declare one " + type);
    return found.get(0);
  }

  @Test
  void theConfiguredEntityMapIsTheOneIngestWrites() {
    Resource map = only(TextVocab.entityMap);
    EntityDefinition configured =
        (EntityDefinition)
            new EntityDefinitionAssembler().open(Assembler.general(), map, Mode.DEFAULT);
    EntityDefinition written = TextIndexDefinition.entityDefinition();

    assertEquals(written.getEntityField(), configured.getEntityField());
    assertEquals(written.getGraphField(), configured.getGraphField());
    assertEquals(written.getUidField(), configured.getUidField());
    assertEquals(written.getLangField(), configured.getLangField());
    assertEquals(written.getPrimaryField(), configured.getPrimaryField());
    assertEquals(Set.copyOf(written.fields()), Set.copyOf(configured.fields()));
    for (String field : written.fields()) {
      assertEquals(
          new HashSet<Node>(written.getPredicates(field)),
          new HashSet<Node>(configured.getPredicates(field)),
          "predicates of field " + field);
    }
  }

  @Test
  void theConfiguredIndexStoresValuesAndLivesInTheStore() {
    Resource index = only(TextVocab.textIndexLucene);
    assertTrue(index.getProperty(TextVocab.pStoreValues).getBoolean());
    assertTrue(TextIndexDefinition.config().isValueStored());
    String directory = index.getProperty(TextVocab.pDirectory).getString();
    Path store = ParleyServer.storeOf(Path.of("fuseki-config.ttl"));
    assertEquals(ParleyStore.textIndexOf(store), Path.of(directory));
    assertEquals(ParleyStore.TEXT_INDEX_FOLDER, ServerConfig.TEXT_INDEX_FOLDER);
  }
}
