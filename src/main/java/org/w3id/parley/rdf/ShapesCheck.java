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

  /**
   * Shapes read from Turtle (for a check stricter or looser than the bundled one, as tests need).
   */
  public static ShapesCheck parse(InputStream turtle) {
    var graph = GraphFactory.createDefaultGraph();
    RDFParser.source(turtle).lang(Lang.TURTLE).parse(graph);
    return new ShapesCheck(Shapes.parse(graph));
  }

  /**
   * One violation of the shapes.
   *
   * @param focus the IRI (or blank node label) of the node that violates them
   * @param message what is wrong, with the property's path
   */
  public record Violation(String focus, String message) {
    @Override
    public String toString() {
      return focus + " " + message;
    }
  }

  /** One line per violation ("focus node: message"), empty if the graph conforms. */
  public List<String> problems(Model model) {
    ValidationReport report = ShaclValidator.get().validate(shapes, model.getGraph());
    return report.getEntries().stream().map(ShapesCheck::describe).collect(Collectors.toList());
  }

  /** The violations, each with its focus node; empty if the graph conforms. */
  public List<Violation> violations(Model model) {
    ValidationReport report = ShaclValidator.get().validate(shapes, model.getGraph());
    return report.getEntries().stream()
        .map(
            e ->
                new Violation(
                    e.focusNode().isURI() ? e.focusNode().getURI() : e.focusNode().toString(),
                    (e.resultPath() == null ? "" : e.resultPath() + ": ") + e.message()))
        .toList();
  }

  private static String describe(ReportEntry e) {
    String path = e.resultPath() == null ? "" : " " + e.resultPath();
    return e.focusNode() + path + ": " + e.message();
  }
}
