package org.w3id.parley.extract.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.w3id.parley.extract.ExtractionException;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.WordList;
import org.w3id.parley.nlp.Token;

/**
 * Reported speech by verbs outside the speech-verb list, weighed by a logistic regression learned
 * from PolNeAR train: "Smith praised the plan", "a poll shows Clinton ahead", "Jones declined to
 * comment". A candidate is a verb with a complement after it (a clause or an object); its features
 * come from the parse alone (the verb's lemma, form and complement, what kind of subject it has,
 * negation), so the same code lists candidates when the model is trained ({@code parley eval
 * train-cues}) and when it is used. The weights are the documented resource {@code
 * cue-weights.tsv}; its header says how they were trained.
 *
 * <pre>{@code
 * for (CueModel.Candidate c : CueModel.candidates(deps)) {
 *   if (CueModel.bundled().accepts(c)) { ... }
 * }
 * }</pre>
 */
public final class CueModel {
  /** Probability from which a candidate counts as reported speech. */
  public static final double THRESHOLD = 0.5;

  private static final CueModel BUNDLED = new CueModel(load());

  /**
   * A verb that may report what someone said or thinks.
   *
   * @param verb the verb's token index
   * @param content the tokens of its complement, in order
   * @param features the features the model weighs
   */
  public record Candidate(int verb, List<Integer> content, List<String> features) {
    public Candidate {
      content = List.copyOf(content);
      features = List.copyOf(features);
    }
  }

  private final Map<String, Double> weights;

  /** A model with the given feature weights (the bias is the feature {@code bias}). */
  public CueModel(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** The model trained on PolNeAR train, from {@code cue-weights.tsv}. */
  public static CueModel bundled() {
    return BUNDLED;
  }

  private static Map<String, Double> load() {
    Map<String, Double> w = new HashMap<>();
    for (String[] r : WordList.rows(CueModel.class, "cue-weights.tsv", 2)) {
      try {
        w.put(r[0], Double.parseDouble(r[1]));
      } catch (NumberFormatException e) {
        throw new ExtractionException("cue-weights.tsv: " + r[0] + ": weight is not a number");
      }
    }
    return w;
  }

  /** The probability that a candidate reports speech or thought. */
  public double probability(Candidate c) {
    if (weights.isEmpty()) {
      return 0; // no model trained yet: no verb outside the list counts
    }
    double z = weights.getOrDefault("bias", 0.0);
    for (String f : c.features()) {
      z += weights.getOrDefault(f, 0.0);
    }
    return 1 / (1 + Math.exp(-z));
  }

  boolean accepts(Candidate c) {
    return probability(c) >= THRESHOLD;
  }

  /** The candidates of one sentence: verbs outside the speech-verb list with a complement after. */
  public static List<Candidate> candidates(Deps d) {
    List<Candidate> out = new ArrayList<>();
    for (Token v : d.sentence().tokens()) {
      candidate(d, v.index()).ifPresent(out::add);
    }
    return out;
  }

  /** Token i as a candidate, if it is one. */
  static Optional<Candidate> candidate(Deps d, int i) {
    Token v = d.token(i);
    if (!v.pos().startsWith("VB") || SpeechVerbs.isSpeech(v.lemma())) {
      return Optional.empty();
    }
    TreeSet<Integer> content = new TreeSet<>();
    String rel = "";
    for (var e : d.children(i)) {
      String r = e.relation().split(":")[0];
      boolean complement =
          r.equals("ccomp") || r.equals("xcomp") || r.equals("obj") || r.equals("parataxis");
      if (complement && e.dependent() > i) {
        rel = rel.isEmpty() ? r : rel;
        content.addAll(d.subtree(e.dependent(), x -> true));
      }
    }
    return content.isEmpty()
        ? Optional.empty()
        : Optional.of(new Candidate(i, new ArrayList<>(content), features(d, v, rel)));
  }

  private static List<String> features(Deps d, Token v, String rel) {
    String lemma = "l=" + v.lemma();
    String subject = subjectKind(d, v.index());
    List<String> f = new ArrayList<>();
    f.add(lemma);
    f.add(lemma + "|r=" + rel);
    f.add(lemma + "|s=" + subject);
    f.add("r=" + rel);
    f.add("s=" + subject);
    f.add("p=" + v.pos());
    for (int k : d.children(v.index(), "advmod")) {
      if (d.token(k).lemma().equals("not") || d.token(k).lemma().equals("n't")) {
        f.add("neg");
      }
    }
    return f;
  }

  private static String subjectKind(Deps d, int verb) {
    for (int k : d.children(verb, "nsubj")) {
      Token s = d.token(k);
      if (d.headRelationOf(verb, k).startsWith("nsubj:pass")) {
        return "passive";
      }
      return switch (s.ner()) {
        case "PERSON" -> "person";
        case "ORGANIZATION" -> "org";
        default -> s.pos().equals("PRP") ? "pronoun" : s.pos().startsWith("NNP") ? "name" : "noun";
      };
    }
    return "none";
  }
}
