package org.w3id.parley.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.w3id.parley.extract.statement.CueModel;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.ingest.Article;
import org.w3id.parley.nlp.AnnotatedText;
import org.w3id.parley.nlp.NlpPipeline;
import org.w3id.parley.nlp.Sentence;
import org.w3id.parley.nlp.Token;

/**
 * {@code parley eval train-cues}: learns the weights of {@link CueModel} from a PolNeAR split.
 * Every candidate verb of the split is an example; it is positive when a gold attribution's cue
 * covers the verb and the gold content overlaps the candidate's complement by half the shorter of
 * the two (the scorer's content rule). The model is a logistic regression trained with AdaGrad and
 * L2 regularisation, in a fixed order, so the same split gives the same weights.
 *
 * <pre>{@code
 * CueTraining.Result r = new CueTraining().train(Path.of("../shared/eval/polnear/train"), Optional.empty());
 * CueTraining.write(Path.of("cue-weights.tsv"), r, "parley eval train-cues --gold …");
 * }</pre>
 */
public final class CueTraining {
  private static final int EPOCHS = 20;
  private static final double RATE = 0.2;
  private static final double L2 = 1e-4;
  private static final int MIN_COUNT = 3;
  private static final long SEED = 11;
  private static final double MIN_WEIGHT = 0.01;

  /**
   * A trained model.
   *
   * @param examples candidates seen
   * @param positives candidates that were attributions
   * @param weights feature weights (features seen fewer than three times are left out)
   */
  public record Result(int examples, int positives, Map<String, Double> weights) {
    public Result {
      weights = Map.copyOf(weights);
    }
  }

  private record Example(List<String> features, boolean positive) {}

  /** Trains on a PolNeAR split; dates as {@code parley eval statements} finds them. */
  public Result train(Path split, Optional<Path> metadata) {
    List<GoldArticle> gold = PolnearGold.load(split);
    Map<String, List<CodePoints[]>> cues = PolnearGold.cues(split);
    List<Example> examples = new ArrayList<>();
    for (Article a : StatementEval.articles(split, gold, metadata).articles()) {
      AnnotatedText t = NlpPipeline.shared().annotate(a.text(), a.published());
      examples.addAll(examples(a.text(), t, cues.getOrDefault(a.id(), List.of())));
    }
    Map<String, Integer> counts = new HashMap<>();
    examples.forEach(e -> e.features().forEach(f -> counts.merge(f, 1, Integer::sum)));
    Map<String, Double> weights = fit(examples, counts);
    int positives = (int) examples.stream().filter(Example::positive).count();
    return new Result(examples.size(), positives, weights);
  }

  private static List<Example> examples(String text, AnnotatedText t, List<CodePoints[]> gold) {
    List<Example> out = new ArrayList<>();
    for (Sentence s : t.sentences()) {
      Deps d = new Deps(s);
      for (CueModel.Candidate c : CueModel.candidates(d)) {
        Token v = d.token(c.verb());
        CodePoints verb = CodePoints.fromJava(text, v.begin(), v.end());
        Token first = d.token(c.content().get(0));
        Token last = d.token(c.content().get(c.content().size() - 1));
        CodePoints content = CodePoints.fromJava(text, first.begin(), last.end());
        boolean positive = false;
        for (CodePoints[] g : gold) {
          int overlap = g[1].overlap(content);
          positive |=
              g[0].overlap(verb) > 0
                  && overlap > 0
                  && overlap >= 0.5 * Math.min(g[1].length(), content.length());
        }
        out.add(new Example(c.features(), positive));
      }
    }
    return out;
  }

  /** Logistic regression by AdaGrad over the examples, shuffled the same way each run. */
  private static Map<String, Double> fit(List<Example> examples, Map<String, Integer> counts) {
    Map<String, double[]> w = new TreeMap<>(); // weight, summed squared gradient
    w.put("bias", new double[2]);
    List<Example> order = new ArrayList<>(examples);
    Random random = new Random(SEED);
    for (int epoch = 0; epoch < EPOCHS; epoch++) {
      java.util.Collections.shuffle(order, random);
      for (Example e : order) {
        List<String> active = new ArrayList<>(List.of("bias"));
        for (String f : e.features()) {
          if (counts.get(f) >= MIN_COUNT) {
            active.add(f);
          }
        }
        double z = 0;
        for (String f : active) {
          z += w.computeIfAbsent(f, k -> new double[2])[0];
        }
        double gradient = 1 / (1 + Math.exp(-z)) - (e.positive() ? 1 : 0);
        for (String f : active) {
          double[] x = w.get(f);
          double g = gradient + L2 * x[0];
          x[1] += g * g;
          x[0] -= RATE * g / Math.sqrt(x[1] + 1e-8);
        }
      }
    }
    Map<String, Double> out = new TreeMap<>();
    w.forEach((f, x) -> out.put(f, x[0]));
    return out;
  }

  /** Writes the weights as {@code cue-weights.tsv}, its header saying how they were made. */
  public static void write(Path file, Result r, String command) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Weights of the reporting-verb model (CueModel): a logistic regression over\n");
    sb.append("# features of a verb outside speech-verbs.tsv that has a complement after it.\n");
    sb.append("# l= lemma, r= complement relation, s= subject kind, p= part of speech, neg.\n");
    sb.append("# A candidate counts as reported speech when its probability is at least ")
        .append(CueModel.THRESHOLD)
        .append(".\n");
    sb.append("# Trained by: ").append(command).append('\n');
    sb.append(
        String.format(
            Locale.ROOT,
            "# on %d candidates, %d of them attributions; %d epochs of AdaGrad, rate %s, L2 %s.%n",
            r.examples(),
            r.positives(),
            EPOCHS,
            RATE,
            L2));
    sb.append("# Do not edit by hand: retrain instead.\n#\n# feature\tweight\n");
    new TreeMap<>(r.weights())
        .entrySet().stream()
            .filter(e -> Math.abs(e.getValue()) >= MIN_WEIGHT)
            .forEach(
                e ->
                    sb.append(e.getKey())
                        .append('\t')
                        .append(String.format(Locale.ROOT, "%.4f", e.getValue()))
                        .append('\n'));
    StatementEval.write(file, sb.toString());
  }
}
