package org.w3id.parley.nlp;

/**
 * A time expression found by SUTime, normalised against the article's publication date.
 *
 * @param begin character offset of the expression
 * @param end offset after it
 * @param text the expression as written ("on Tuesday", "yesterday")
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value TIMEX3 value: {@code 2019-12-03}, {@code 2019-W49}, {@code PRESENT_REF}, ...
 */
public record TimeExpression(int begin, int end, String text, String type, String value)
    implements java.io.Serializable {}
