package org.w3id.parley.nlp;

/**
 * One token, with character offsets into the article text.
 *
 * @param index position in its sentence, from 0
 * @param begin offset of the first character
 * @param end offset after the last character
 * @param text the token exactly as in the article
 * @param lemma lower-case dictionary form
 * @param pos Penn Treebank part of speech
 * @param ner coarse named-entity tag ({@code PERSON}, {@code LOCATION}, {@code ORGANIZATION},
 *     {@code MISC}) or {@code O}
 * @param gender {@code male} or {@code female} on a person's first name that CoreNLP's name lists
 *     know, else ""
 */
public record Token(
    int index, int begin, int end, String text, String lemma, String pos, String ner, String gender)
    implements java.io.Serializable {
  public Token {
    if (begin > end) {
      throw new IllegalArgumentException("begin > end: " + begin + " > " + end);
    }
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }
}
