package org.w3id.parley.eval;

import java.util.List;

/**
 * A gold article: its exact text and its attributions.
 *
 * @param id file name without {@code .txt}
 * @param text the text, exactly as in the file
 * @param relations attributions with both a source and a content
 */
public record GoldArticle(String id, String text, List<GoldRelation> relations) {
  public GoldArticle {
    relations = List.copyOf(relations);
  }
}
