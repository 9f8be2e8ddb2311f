package org.w3id.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {
  private static List<String> lines(String input, int max) throws Exception {
    BoundedLineReader r =
        new BoundedLineReader(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), max);
    List<String> out = new ArrayList<>();
    while (r.next()) {
      out.add(
          r.tooLong()
              ? "TOO LONG at " + r.position()
              : new String(r.bytes(), 0, r.length(), StandardCharsets.UTF_8) + "@" + r.position());
    }
    return out;
  }

  @Test
  void linesEndAtNewlinesWithCarriageReturnsDropped() throws Exception {
    assertEquals(List.of("a@2", "bc@6", "@7", "d@8"), lines("a\nbc\r\n\nd", 10));
    assertEquals(List.of(), lines("", 10));
  }

  @Test
  void aLineLongerThanTheLimitIsSkippedToItsEndNotKept() throws Exception {
    String longLine = "x".repeat(200_000);
    assertEquals(
        List.of("ok@3", "TOO LONG at 200004", "fine@200009"),
        lines("ok\n" + longLine + "\nfine\n", 1000));
  }
}
