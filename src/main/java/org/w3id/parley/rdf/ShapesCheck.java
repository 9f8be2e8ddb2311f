package org.w3id.parley.rdf;

import java.io.InputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Validates article graphs against {@code ontology/shapes.ttl} (bundled in the jar), so nothing
 * that breaks the vocabulary contract reaches the store.
 *
 * <pre>{@code
 * List<String> problems = ShapesCheck.bundled().problems(model);
 * }</pre>
 */
public final class ShapesCheck {
  private static final String RESOURCE = "/org/w3id/parley/ontology/shapes.ttl";
  private static final com.google.common.base.Supplier<ShapesCheck> BUNDLED =
      com.google.common.base.Suppliers.memoize(ShapesCheck::load);

  private final Shapes shapes;

  private ShapesCheck(Shapes shapes) {
    this.shapes = shapes;
  }

  /** The shapes shipped with Parley. */
  public static ShapesCheck bundled() {
    return BUNDLED.get();
  }

  private static ShapesCheck load() {
    var graph = GraphFactory.createDefaultGraph();
    try (InputStream in = ShapesCheck.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + RESOURCE);
      }
      RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new ShapesCheck(Shapes.parse(graph));
  }

  /** One line per violation ("focus node: message"), empty if the graph conforms. */
  public List<String> problems(Model model) {
    ValidationReport report = ShaclValidator.get().validate(shapes, model.getGraph());
    return report.getEntries().stream().map(ShapesCheck::describe).collect(Collectors.toList());
  }

  private static String describe(ReportEntry e) {
    String path = e.resultPath() == null ? "" : " " + e.resultPath();
    return e.focusNode() + path + ": " + e.message();
  }
}
