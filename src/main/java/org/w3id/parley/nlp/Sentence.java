package org.w3id.parley.nlp;

import java.util.List;

/**
 * One sentence: tokens and dependency edges.
 *
 * @param index position in the article, from 0
 * @param tokens tokens in order
 * @param dependencies enhanced++ dependency edges
 */
public record Sentence(int index, List<Token> tokens, List<Dependency> dependencies)
    implements java.io.Serializable {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("sentence " + index + " has no tokens");
    }
  }

  public int begin() {
    return tokens.get(0).begin();
  }

  public int end() {
    return tokens.get(tokens.size() - 1).end();
  }
}
