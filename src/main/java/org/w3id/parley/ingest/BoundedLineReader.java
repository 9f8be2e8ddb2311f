package org.w3id.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a byte stream line by line without ever holding more than {@code maxLine} bytes of it: a
 * longer line is skipped to its end and reported as too long. Lines end at {@code \n}; a {@code \r}
 * before it is dropped. The caller decodes, so a line that is not UTF-8 spoils only itself.
 */
final class BoundedLineReader {
  private final InputStream in;
  private final int maxLine;
  private final byte[] buffer = new byte[1 << 16];
  private int next;
  private int end;
  private byte[] line = new byte[8192];
  private int length;
  private boolean tooLong;
  private long position;

  BoundedLineReader(InputStream in, int maxLine) {
    this.in = in;
    this.maxLine = maxLine;
  }

  /** Reads the next line; false at the end of the stream. */
  boolean next() throws IOException {
    length = 0;
    tooLong = false;
    boolean any = false;
    while (true) {
      if (next == end) {
        end = in.read(buffer);
        next = 0;
        if (end <= 0) {
          end = 0;
          return any && trimmed();
        }
      }
      any = true;
      int start = next;
      while (next < end && buffer[next] != '\n') {
        next++;
      }
      keep(start, next - start);
      position += next - start;
      if (next < end) {
        next++; // the '\n'
        position++;
        return trimmed();
      }
    }
  }

  private void keep(int from, int count) {
    int room = maxLine - length;
    if (count > room) {
      tooLong = true;
    }
    int n = Math.min(count, room);
    if (n > 0) {
      if (length + n > line.length) {
        line = Arrays.copyOf(line, Math.min(maxLine, Math.max(length + n, 2 * line.length)));
      }
      System.arraycopy(buffer, from, line, length, n);
      length += n;
    }
  }

  private boolean trimmed() {
    if (!tooLong && length > 0 && line[length - 1] == '\r') {
      length--;
    }
    return true;
  }

  /** The line's bytes, valid up to {@link #length()} until the next call. */
  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  /** Whether the line was longer than {@code maxLine} bytes (and so was not kept). */
  boolean tooLong() {
    return tooLong;
  }

  /** Bytes read so far, line ends included. */
  long position() {
    return position;
  }
}
