package org.w3id.parley.rdf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.w3id.parley.ParleyException;
import org.w3id.parley.extract.ArticleFacts;
import org.w3id.parley.extract.entity.Entity;
import org.w3id.parley.extract.meeting.Meeting;
import org.w3id.parley.extract.statement.Statement;
import org.w3id.parley.extract.text.Evidence;

/**
 * Checks an article's graph against the shapes and drops the facts that break them, so that one bad
 * meeting or statement never costs its article: a violation whose focus is a meeting, a statement,
 * one of their mentions or an entity only they name removes those facts (and such an entity), and
 * the rest is checked again. Only a violation no fact accounts for (the article node itself, say)
 * rejects the article.
 *
 * <pre>{@code
 * FactGuard.Checked c = new FactGuard(toRdf, ShapesCheck.bundled()).check(facts, fingerprint, version);
 * c.dropped().forEach(d -> log(d.fact() + ": " + d.reason()));
 * }</pre>
 */
public final class FactGuard {
  private static final int MAX_ROUNDS = 5;

  private final FactsToRdf toRdf;
  private final ShapesCheck shapes;

  /**
   * A fact left out.
   *
   * @param fact the IRI of the meeting or statement (or entity)
   * @param reason the first violation that names it
   */
  public record Dropped(String fact, String reason) {}

  /**
   * The outcome.
   *
   * @param model the article's graph, which conforms to the shapes
   * @param facts the facts it holds
   * @param dropped the facts left out, in the order found
   */
  public record Checked(Model model, ArticleFacts facts, List<Dropped> dropped) {
    public Checked {
      dropped = List.copyOf(dropped);
    }
  }

  public FactGuard(FactsToRdf toRdf, ShapesCheck shapes) {
    this.toRdf = toRdf;
    this.shapes = shapes;
  }

  /**
   * The article's graph without the facts that break the shapes.
   *
   * @throws ParleyException if a violation remains that no fact accounts for
   */
  public Checked check(ArticleFacts facts, String fingerprint, String extractorVersion) {
    List<Dropped> dropped = new ArrayList<>();
    ArticleFacts current = facts;
    for (int round = 0; ; round++) {
      Model model = toRdf.toModel(current, fingerprint, extractorVersion);
      List<ShapesCheck.Violation> violations = shapes.violations(model);
      if (violations.isEmpty()) {
        return new Checked(model, current, dropped);
      }
      ArticleFacts kept = without(current, violations, dropped);
      if (kept == current || round == MAX_ROUNDS) {
        throw new ParleyException(
            "extracted graph fails the shapes ("
                + violations.size()
                + " problems; first: "
                + violations.get(0)
                + ")");
      }
      current = kept;
    }
  }

  private static ArticleFacts without(
      ArticleFacts f, List<ShapesCheck.Violation> violations, List<Dropped> dropped) {
    String id = f.article().id();
    Set<String> badEntities = new LinkedHashSet<>();
    for (Entity e : f.entities()) {
      String iri = Iris.entity(e.ref());
      violations.stream()
          .filter(v -> v.focus().equals(iri))
          .findFirst()
          .ifPresent(
              v -> {
                badEntities.add(iri);
                dropped.add(new Dropped(iri, v.message()));
              });
    }
    List<Meeting> meetings = new ArrayList<>();
    for (Meeting m : f.meetings()) {
      String iri = Iris.meeting(id, m);
      Set<String> own = new LinkedHashSet<>(List.of(iri));
      m.evidence().forEach(e -> own.add(mention(id, e)));
      Set<String> named = new LinkedHashSet<>();
      m.participants().forEach(p -> named.add(Iris.entity(p)));
      m.location().ifPresent(l -> named.add(Iris.entity(l)));
      keepOrDrop(m, iri, own, named, violations, badEntities, dropped, meetings);
    }
    List<Statement> statements = new ArrayList<>();
    for (Statement s : f.statements()) {
      String iri = Iris.statement(id, s.evidence().span());
      Set<String> own = new LinkedHashSet<>(List.of(iri, mention(id, s.evidence())));
      s.speakerMention().ifPresent(e -> own.add(mention(id, e)));
      Set<String> named = new LinkedHashSet<>();
      s.speaker().ifPresent(p -> named.add(Iris.entity(p)));
      s.addressees().forEach(p -> named.add(Iris.entity(p)));
      s.about().forEach(p -> named.add(Iris.entity(p)));
      keepOrDrop(s, iri, own, named, violations, badEntities, dropped, statements);
    }
    List<Entity> entities =
        f.entities().stream().filter(e -> !badEntities.contains(Iris.entity(e.ref()))).toList();
    if (meetings.size() == f.meetings().size()
        && statements.size() == f.statements().size()
        && entities.size() == f.entities().size()) {
      return f;
    }
    return new ArticleFacts(f.article(), entities, meetings, statements, f.merges());
  }

  /**
   * Keeps a fact unless a violation is about the fact itself or its mentions, or about a bad entity
   * it names.
   */
  private static <T> void keepOrDrop(
      T fact,
      String iri,
      Set<String> own,
      Set<String> named,
      List<ShapesCheck.Violation> violations,
      Set<String> badEntities,
      List<Dropped> dropped,
      List<T> kept) {
    for (ShapesCheck.Violation v : violations) {
      String focus = v.focus();
      if (own.contains(focus) || (named.contains(focus) && badEntities.contains(focus))) {
        dropped.add(new Dropped(iri, v.message()));
        return;
      }
    }
    kept.add(fact);
  }

  private static String mention(String articleId, Evidence e) {
    return Iris.mention(articleId, e.span());
  }
}
