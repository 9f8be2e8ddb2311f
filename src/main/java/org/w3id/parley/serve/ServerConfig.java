package org.w3id.parley.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.assembler.AssemblerUtils;
import org.apache.jena.sparql.core.assembler.DatasetAssemblerVocab;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads a Fuseki configuration file and moves its TDB2 stores, so that one file (the repository's
 * {@code fuseki-config.ttl}) serves whichever store folder Parley is pointed at.
 */
final class ServerConfig {
  /**
   * The folder inside a store that holds its full-text index; the same as the store package's
   * {@code ParleyStore.TEXT_INDEX_FOLDER} (serve does not depend on store, a test checks both).
   */
  static final String TEXT_INDEX_FOLDER = "text-index";

  static {
    // Touching AssemblerUtils before Jena is initialised fails in a class-initialisation cycle.
    JenaSystem.init();
  }

  private ServerConfig() {}

  /**
   * Parses {@code file} the way Fuseki does (Turtle or any RDF syntax, with {@code ja:imports}).
   */
  static Model load(Path file) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new ServeException(
          "Fuseki configuration "
              + file
              + " is not a readable file; expected e.g. fuseki-config.ttl");
    }
    try {
      return AssemblerUtils.readAssemblerFile(file.toString());
    } catch (RuntimeException e) {
      throw new ServeException(
          "Fuseki configuration " + file + " cannot be parsed: " + e.getMessage(), e);
    }
  }

  /**
   * The first {@code tdb2:location} the configuration names, as written (relative paths stay
   * relative).
   */
  static java.util.Optional<Path> storeLocation(Path file) {
    Model config = load(file);
    List<Statement> locations =
        config.listStatements(null, VocabTDB2.pLocation, (RDFNode) null).toList();
    return locations.stream()
        .map(st -> st.getObject().isLiteral() ? st.getString() : st.getResource().getURI())
        .map(Path::of)
        .findFirst();
  }

  /**
   * Returns a copy of {@code config} in which every {@code tdb2:location} is {@code store} (as an
   * absolute path), and every full-text index directory ({@code text:directory}) is the store's
   * index folder, where Parley's ingest writes it. {@code source} only names the file in the error
   * message.
   */
  static Model withStore(Model config, Path store, Path source) {
    List<Statement> locations =
        config.listStatements(null, VocabTDB2.pLocation, (RDFNode) null).toList();
    if (locations.isEmpty()) {
      throw new ServeException(
          "Fuseki configuration "
              + source
              + " has no tdb2:location to point at the store "
              + store
              + "; declare the dataset as a tdb2:DatasetTDB2 with a tdb2:location");
    }
    Path folder = store.toAbsolutePath().normalize();
    Model moved =
        withObjects(config, locations, ResourceFactory.createStringLiteral(folder.toString()));
    return withObjects(
        moved,
        moved.listStatements(null, TextVocab.pDirectory, (RDFNode) null).toList(),
        ResourceFactory.createStringLiteral(folder.resolve(TEXT_INDEX_FOLDER).toString()));
  }

  /**
   * Returns a copy of {@code config} in which every service's {@code fuseki:dataset} is an empty
   * placeholder ({@code ja:RDFDatasetZero}), so that reading the configuration opens no store: the
   * server then serves a dataset it was given in the placeholder's place, with the services'
   * endpoints as configured. {@code source} only names the file in the error message.
   */
  static Model withPlaceholderDatasets(Model config, Path source) {
    List<Statement> datasets =
        config.listStatements(null, FusekiVocab.pDataset, (RDFNode) null).toList();
    if (datasets.isEmpty()) {
      throw new ServeException(
          "Fuseki configuration "
              + source
              + " has no service with a fuseki:dataset to serve the given dataset in its place");
    }
    Resource placeholder = ResourceFactory.createResource(); // a blank node
    Model placed = withObjects(config, datasets, placeholder);
    placed.add(placeholder, RDF.type, DatasetAssemblerVocab.tDatasetZero);
    return placed;
  }

  /** A copy of {@code config} in which each of {@code statements} has {@code value} as object. */
  private static Model withObjects(Model config, List<Statement> statements, RDFNode value) {
    Model copy = ModelFactory.createDefaultModel();
    copy.setNsPrefixes(config.getNsPrefixMap());
    copy.add(config);
    for (Statement statement : statements) {
      copy.remove(statement);
      copy.add(statement.getSubject(), statement.getPredicate(), value);
    }
    return copy;
  }

  /** The names ({@code fuseki:name}) of the configuration's services that serve a dataset. */
  static List<String> serviceNames(Model config) {
    return config.listSubjectsWithProperty(FusekiVocab.pDataset).toList().stream()
        .filter(service -> service.hasProperty(FusekiVocab.pServiceName))
        .map(service -> service.getProperty(FusekiVocab.pServiceName).getString())
        .distinct()
        .toList();
  }
}
