package org.w3id.parley.extract.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
  private static final List<String> RELATIONS = List.of("ccomp", "xcomp", "obj", "parataxis");

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

  /**
   * Whether the model could accept this verb with some complement and some subject of the sentence:
   * the best score its lemma and tag can reach before the parse says which complement and subject
   * it has. Verbs that cannot reach the threshold need no parse for reported speech.
   *
   * @param v the verb
   * @param sentence the tokens of its sentence, among which its subject would be
   */
  public boolean mayAccept(Token v, List<Token> sentence) {
    if (weights.isEmpty() || !v.pos().startsWith("VB") || SpeechVerbs.isSpeech(v.lemma())) {
      return false;
    }
    String lemma = "l=" + v.lemma();
    double z =
        weights.getOrDefault("bias", 0.0)
            + weights.getOrDefault(lemma, 0.0)
            + weights.getOrDefault("p=" + v.pos(), 0.0)
            + Math.max(0.0, weights.getOrDefault("neg", 0.0));
    double relation = Double.NEGATIVE_INFINITY;
    for (String r : RELATIONS) {
      relation = Math.max(relation, weight(lemma, "r=" + r));
    }
    Set<String> subjects = new HashSet<>(Set.of("passive", "none"));
    for (Token t : sentence) {
      if (t != v) {
        subjects.add(subjectKind(t));
      }
    }
    double subject = Double.NEGATIVE_INFINITY;
    for (String k : subjects) {
      subject = Math.max(subject, weight(lemma, "s=" + k));
    }
    return z + relation + subject >= Math.log(THRESHOLD / (1 - THRESHOLD));
  }

  private double weight(String lemma, String feature) {
    return weights.getOrDefault(lemma + "|" + feature, 0.0) + weights.getOrDefault(feature, 0.0);
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

  /** The subject kind a token would be as the subject of an active verb. */
  private static String subjectKind(Token s) {
    return switch (s.ner()) {
      case "PERSON" -> "person";
      case "ORGANIZATION" -> "org";
      default -> s.pos().equals("PRP") ? "pronoun" : s.pos().startsWith("NNP") ? "name" : "noun";
    };
  }

  private static String subjectKind(Deps d, int verb) {
    for (int k : d.children(verb, "nsubj")) {
      Token s = d.token(k);
      if (d.headRelationOf(verb, k).startsWith("nsubj:pass")) {
        return "passive";
      }
      return subjectKind(s);
    }
    return "none";
  }
}
