package org.w3id.parley.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.w3id.parley.nlp.Dependency;
import org.w3id.parley.nlp.Sentence;
import org.w3id.parley.nlp.Token;

/** Navigation over one sentence's dependency graph: children, heads, subtrees. */
public final class Deps {
  private final Sentence sentence;
  private final List<List<Dependency>> children = new ArrayList<>();
  private final List<List<Dependency>> heads = new ArrayList<>();

  public Deps(Sentence sentence) {
    this(sentence, sentence.dependencies());
  }

  /** The sentence with the given edges in place of the parser's (a repaired parse). */
  public Deps(Sentence sentence, List<Dependency> edges) {
    this.sentence = sentence;
    for (int i = 0; i < sentence.tokens().size(); i++) {
      children.add(new ArrayList<>());
      heads.add(new ArrayList<>());
    }
    for (Dependency d : edges) {
      if (d.dependent() >= 0 && d.dependent() < children.size()) {
        heads.get(d.dependent()).add(d);
        if (d.governor() >= 0) {
          children.get(d.governor()).add(d);
        }
      }
    }
  }

  public Sentence sentence() {
    return sentence;
  }

  public Token token(int i) {
    return sentence.tokens().get(i);
  }

  public int size() {
    return sentence.tokens().size();
  }

  public List<Dependency> children(int i) {
    return children.get(i);
  }

  List<Dependency> heads(int i) {
    return heads.get(i);
  }

  /**
   * Children whose relation starts with one of the prefixes ({@code "nsubj"} matches {@code
   * nsubj:pass}).
   */
  public List<Integer> children(int i, String... prefixes) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : children.get(i)) {
      for (String p : prefixes) {
        if (d.relation().equals(p) || d.relation().startsWith(p + ":")) {
          out.add(d.dependent());
          break;
        }
      }
    }
    return out;
  }

  /** The first head of a token (enhanced graphs may have several), or -1. */
  public int head(int i) {
    for (Dependency d : heads.get(i)) {
      if (!d.relation().equals("ref")) {
        return d.governor();
      }
    }
    return -1;
  }

  /**
   * Every governor of token i in the enhanced graph, in order ({@link #head} is the first): a
   * relative clause's subject also hangs from the clause ("the debate, which was slated for …, has
   * been cancelled": the debate governs "slated" and both "slated" and "cancelled" govern it).
   */
  public List<Integer> governors(int i) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : heads.get(i)) {
      if (!d.relation().equals("ref") && d.governor() >= 0 && !out.contains(d.governor())) {
        out.add(d.governor());
      }
    }
    return out;
  }

  public String headRelation(int i) {
    for (Dependency d : heads.get(i)) {
      if (!d.relation().equals("ref")) {
        return d.relation();
      }
    }
    return "root";
  }

  /** The relation of the edge from governor g to dependent k, or "" if there is none. */
  public String headRelationOf(int g, int k) {
    for (Dependency d : heads.get(k)) {
      if (d.governor() == g) {
        return d.relation();
      }
    }
    return "";
  }

  /**
   * Token indices of the subtree under i (basic tree edges only: no cycles through enhanced edges),
   * sorted.
   */
  public List<Integer> subtree(int i, Predicate<Dependency> follow) {
    boolean[] seen = new boolean[size()];
    List<Integer> stack = new ArrayList<>(List.of(i));
    seen[i] = true;
    while (!stack.isEmpty()) {
      int t = stack.remove(stack.size() - 1);
      for (Dependency d : children.get(t)) {
        if (!seen[d.dependent()] && follow.test(d) && !d.relation().equals("ref")) {
          seen[d.dependent()] = true;
          stack.add(d.dependent());
        }
      }
    }
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < seen.length; k++) {
      if (seen[k]) {
        out.add(k);
      }
    }
    return out;
  }

  /** Whether a is an ancestor of b (or equal), following first heads. */
  boolean dominates(int a, int b) {
    int t = b;
    for (int steps = 0; t >= 0 && steps < size(); steps++) {
      if (t == a) {
        return true;
      }
      t = head(t);
    }
    return false;
  }
}
