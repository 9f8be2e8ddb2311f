package org.w3id.parley.eval;

/**
 * A range of code points, end exclusive. PolNeAR and its reference scorer count code points (Python
 * string indices); Parley's offsets are Java UTF-16 indices, converted with {@link #fromJava}.
 *
 * @param begin first code point
 * @param end one past the last
 */
public record CodePoints(int begin, int end) {
  public CodePoints {
    if (begin > end) {
      throw new IllegalArgumentException("begin > end: " + begin + " > " + end);
    }
  }

  /** The code-point range of a Java [begin, end) range in a text. */
  public static CodePoints fromJava(String text, int begin, int end) {
    int b = text.codePointCount(0, begin);
    return new CodePoints(b, b + text.codePointCount(begin, end));
  }

  /** The Java [begin, end) range of this code-point range in a text. */
  public int[] toJava(String text) {
    return new int[] {text.offsetByCodePoints(0, begin), text.offsetByCodePoints(0, end)};
  }

  /** The text this range covers. */
  public String toJavaSubstring(String text) {
    int[] r = toJava(text);
    return text.substring(r[0], r[1]);
  }

  public int length() {
    return end - begin;
  }

  /** Characters shared with another range. */
  public int overlap(CodePoints o) {
    return Math.max(0, Math.min(end, o.end) - Math.max(begin, o.begin));
  }
}
