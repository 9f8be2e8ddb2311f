package org.w3id.parley.extract.text;

/**
 * A range of characters in the article text, end exclusive.
 *
 * @param begin first character
 * @param end one past the last character
 */
public record Span(int begin, int end) implements Comparable<Span> {
  public Span {
    if (begin < 0) {
      throw new IllegalArgumentException("begin < 0: " + begin);
    }
    if (begin > end) {
      throw new IllegalArgumentException("begin > end: " + begin + " > " + end);
    }
  }

  public boolean contains(int offset) {
    return begin <= offset && offset < end;
  }

  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  public String of(String text) {
    return text.substring(begin, end);
  }

  @Override
  public int compareTo(Span o) {
    return begin != o.begin ? Integer.compare(begin, o.begin) : Integer.compare(end, o.end);
  }
}
