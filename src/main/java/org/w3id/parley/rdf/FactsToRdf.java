package org.w3id.parley.rdf;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.parley.extract.ArticleFacts;
import org.w3id.parley.extract.entity.Entity;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Merge;
import org.w3id.parley.extract.meeting.Meeting;
import org.w3id.parley.extract.place.CountryInfo;
import org.w3id.parley.extract.place.Gazetteer;
import org.w3id.parley.extract.statement.Statement;
import org.w3id.parley.extract.text.Evidence;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.vocab.PARLEY;

/**
 * Writes one article's facts as an RDF model in the Parley vocabulary: the article, every entity it
 * names (with labels, so the graph stands alone), its meetings and statements, and a {@code
 * parley:Mention} for every piece of evidence. The model becomes the article's named graph. No I/O.
 *
 * <pre>{@code
 * Model graph = new FactsToRdf(Gazetteer.bundled()).toModel(facts, fingerprint);
 * }</pre>
 */
public final class FactsToRdf {
  private static final String WIKIDATA = "http://www.wikidata.org/entity/";
  private static final String GEONAMES = "https://sws.geonames.org/";

  private final Gazetteer gazetteer;

  public FactsToRdf(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * The article's graph.
   *
   * @param facts what was extracted
   * @param fingerprint the article's input fingerprint ({@code parley:sha256})
   * @param extractor the extractor version ({@code parley:extractor})
   */
  public Model toModel(ArticleFacts facts, String fingerprint, String extractor) {
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefix("parley", PARLEY.NS);
    m.setNsPrefix("pid", PARLEY.ID);
    m.setNsPrefix("skos", SKOS.uri);
    m.setNsPrefix("owl", OWL.NS);
    m.setNsPrefix("rdfs", RDFS.uri);
    Article a = facts.article();
    Resource article = m.createResource(Iris.article(a.id()), PARLEY.Article);
    article.addProperty(PARLEY.id, a.id());
    article.addLiteral(
        PARLEY.published, m.createTypedLiteral(a.published().toString(), XSDDatatype.XSDdate));
    a.title().ifPresent(t -> article.addProperty(PARLEY.title, t));
    a.url()
        .filter(FactsToRdf::isHttp)
        .ifPresent(u -> article.addProperty(PARLEY.url, m.createResource(u)));
    article.addProperty(PARLEY.text, a.text());
    article.addProperty(PARLEY.sha256, fingerprint);
    article.addProperty(PARLEY.extractor, extractor);
    Set<EntityRef> described = new HashSet<>();
    for (Entity e : facts.entities()) {
      entity(m, e);
      described.add(e.ref());
    }
    for (Entity e : facts.entities()) {
      e.represents().forEach(iso -> country(m, iso, described));
      e.country().ifPresent(iso -> country(m, iso, described));
    }
    for (Meeting meeting : facts.meetings()) {
      meeting(m, a, meeting);
    }
    for (Statement s : facts.statements()) {
      statement(m, a, s);
    }
    for (Merge merge : facts.merges()) {
      mention(m, a, merge.evidence());
    }
    return m;
  }

  /**
   * The article's merges graph: each name joined to a person other than by its full label, with the
   * rule, a score and the mention, so that {@code parley merges} can list them and {@code parley
   * unmerge} undo one.
   */
  public Model mergesModel(ArticleFacts facts) {
    Model m = ModelFactory.createDefaultModel();
    m.setNsPrefix("parley", PARLEY.NS);
    Article a = facts.article();
    for (Merge merge : facts.merges()) {
      merge(m, a.id(), merge);
    }
    return m;
  }

  /** One merge in a merges graph; its mention belongs in the article graph ({@link #mention}). */
  static void merge(Model m, String articleId, Merge merge) {
    Resource r = m.createResource(Iris.merge(articleId, merge), PARLEY.Merge);
    r.addProperty(PARLEY.person, m.createResource(Iris.entity(merge.person())));
    r.addProperty(PARLEY.name, merge.name());
    r.addProperty(PARLEY.method, merge.method());
    // The canonical form ("1.0", not "1.00"), which TDB2 stores whatever it is given: a graph
    // written to a file or another store is then the graph the local store holds.
    String score =
        XSDFuncOp.canonicalDecimalStr(
            java.math.BigDecimal.valueOf(merge.score())
                .setScale(2, java.math.RoundingMode.HALF_UP));
    r.addLiteral(PARLEY.score, m.createTypedLiteral(score, XSDDatatype.XSDdecimal));
    // The mention itself lives in the article graph (see toModel), which the shapes check.
    r.addProperty(
        PARLEY.evidence, m.createResource(Iris.mention(articleId, merge.evidence().span())));
  }

  private void entity(Model m, Entity e) {
    Resource r = m.createResource(Iris.entity(e.ref()), typeOf(e.ref().kind()));
    r.addProperty(RDFS.label, e.label());
    e.sortedAltLabels().forEach(alt -> r.addProperty(SKOS.altLabel, alt));
    if (e.ref().kind() == EntityKind.PERSON) {
      // Every name the article itself uses, its label too: resolution reads them, while the label
      // becomes the one all articles agree on (ResolvedGraph).
      r.addProperty(SKOS.altLabel, e.label());
    }
    switch (e.ref().kind()) {
      case PERSON -> {
        e.roles().stream().sorted().forEach(role -> r.addProperty(PARLEY.role, role));
        e.represents()
            .forEach(iso -> r.addProperty(PARLEY.represents, m.createResource(countryIri(iso))));
      }
      case COUNTRY -> {
        r.addProperty(PARLEY.iso2, e.ref().key());
        e.iso3().ifPresent(c -> r.addProperty(PARLEY.iso3, c));
        e.wikidata().ifPresent(q -> r.addProperty(OWL.sameAs, m.createResource(WIKIDATA + q)));
      }
      case PLACE -> {
        e.country()
            .ifPresent(iso -> r.addProperty(PARLEY.country, m.createResource(countryIri(iso))));
        e.geonamesId()
            .ifPresent(
                id -> {
                  r.addProperty(PARLEY.geonamesId, id);
                  r.addProperty(OWL.sameAs, m.createResource(GEONAMES + id + "/"));
                });
      }
      case ORGANIZATION -> {
        // label and alternative labels only, for now
      }
    }
  }

  /**
   * Describes a country that is referred to (by a person or place) but not itself named in the
   * article.
   */
  private void country(Model m, String iso, Set<EntityRef> described) {
    EntityRef ref = new EntityRef(EntityKind.COUNTRY, iso);
    if (!described.add(ref)) {
      return;
    }
    CountryInfo info =
        gazetteer
            .byIso2(iso)
            .orElseThrow(() -> new IllegalStateException("unknown country " + iso));
    Resource r = m.createResource(countryIri(iso), PARLEY.Country);
    r.addProperty(RDFS.label, info.name());
    r.addProperty(PARLEY.iso2, iso);
    info.iso3().ifPresent(c -> r.addProperty(PARLEY.iso3, c));
    info.qid().ifPresent(q -> r.addProperty(OWL.sameAs, m.createResource(WIKIDATA + q)));
  }

  private static String countryIri(String iso) {
    return Iris.entity(new EntityRef(EntityKind.COUNTRY, iso));
  }

  private void meeting(Model m, Article a, Meeting meeting) {
    Resource r = m.createResource(Iris.meeting(a.id(), meeting), PARLEY.Meeting);
    meeting
        .participants()
        .forEach(p -> r.addProperty(PARLEY.participant, m.createResource(Iris.entity(p))));
    meeting
        .location()
        .ifPresent(l -> r.addProperty(PARLEY.location, m.createResource(Iris.entity(l))));
    meeting
        .date()
        .ifPresent(
            d ->
                r.addLiteral(PARLEY.date, m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
    r.addProperty(
        PARLEY.status,
        switch (meeting.status()) {
          case HELD -> PARLEY.Held;
          case PLANNED -> PARLEY.Planned;
          case CANCELLED -> PARLEY.Cancelled;
        });
    switch (meeting.mode()) {
      case IN_PERSON -> r.addProperty(PARLEY.mode, PARLEY.InPerson);
      case CALL -> r.addProperty(PARLEY.mode, PARLEY.Call);
      case UNKNOWN -> {}
    }
    meeting.evidence().forEach(e -> r.addProperty(PARLEY.evidence, mention(m, a, e)));
  }

  private void statement(Model m, Article a, Statement s) {
    Resource r = m.createResource(Iris.statement(a.id(), s.evidence().span()), PARLEY.Statement);
    s.speaker().ifPresent(sp -> r.addProperty(PARLEY.speaker, m.createResource(Iris.entity(sp))));
    r.addProperty(PARLEY.quote, s.quote());
    r.addLiteral(PARLEY.direct, m.createTypedLiteral(s.direct()));
    s.date()
        .ifPresent(
            d ->
                r.addLiteral(PARLEY.date, m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
    s.addressees().forEach(x -> r.addProperty(PARLEY.addressee, m.createResource(Iris.entity(x))));
    s.about().forEach(x -> r.addProperty(PARLEY.about, m.createResource(Iris.entity(x))));
    r.addProperty(PARLEY.evidence, mention(m, a, s.evidence()));
    s.speakerMention().ifPresent(sm -> r.addProperty(PARLEY.speakerMention, mention(m, a, sm)));
  }

  private static Resource mention(Model m, Article a, Evidence e) {
    return mention(m, a.id(), a.text(), e);
  }

  /** A mention of the article's text: where, its words and its sentence. */
  static Resource mention(Model m, String articleId, String text, Evidence e) {
    Resource r = m.createResource(Iris.mention(articleId, e.span()), PARLEY.Mention);
    r.addProperty(PARLEY.article, m.createResource(Iris.article(articleId)));
    r.addLiteral(PARLEY.begin, integer(m, e.span().begin()));
    r.addLiteral(PARLEY.end, integer(m, e.span().end()));
    r.addProperty(PARLEY.anchor, e.span().of(text));
    r.addProperty(PARLEY.sentence, e.sentence().of(text).strip());
    return r;
  }

  private static Literal integer(Model m, int value) {
    return m.createTypedLiteral(Integer.toString(value), XSDDatatype.XSDinteger);
  }

  private static Resource typeOf(EntityKind kind) {
    return switch (kind) {
      case PERSON -> PARLEY.Person;
      case COUNTRY -> PARLEY.Country;
      case PLACE -> PARLEY.Place;
      case ORGANIZATION -> PARLEY.Organization;
    };
  }

  private static boolean isHttp(String url) {
    return url.startsWith("http://") || url.startsWith("https://");
  }
}
