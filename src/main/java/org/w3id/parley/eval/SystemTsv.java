package org.w3id.parley.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads statements in the reference scorer's TSV format (header row; columns article,
 * content_begin, content_end, speaker_begin, speaker_end, speaker_text, optional
 * canonical_speaker_text; code-point offsets), so that any system's output, a baseline's included,
 * is scored by the same code.
 */
public final class SystemTsv {
  private SystemTsv() {}

  public static List<SystemStatement> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EvalException(file + ": cannot read: " + e.getMessage(), e);
    }
    if (lines.isEmpty()) {
      throw new EvalException(file + ": empty; expected a header row");
    }
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int article = column(file, header, "article");
    int cb = column(file, header, "content_begin");
    int ce = column(file, header, "content_end");
    int sb = column(file, header, "speaker_begin");
    int se = column(file, header, "speaker_end");
    int st = column(file, header, "speaker_text");
    int ct = header.indexOf("canonical_speaker_text");
    List<SystemStatement> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      String[] c = lines.get(i).split("\t", -1);
      try {
        Optional<CodePoints> speaker =
            c[sb].isBlank() || c[se].isBlank()
                ? Optional.empty()
                : Optional.of(
                    new CodePoints(
                        Integer.parseInt(c[sb].strip()), Integer.parseInt(c[se].strip())));
        out.add(
            new SystemStatement(
                c[article],
                new CodePoints(Integer.parseInt(c[cb].strip()), Integer.parseInt(c[ce].strip())),
                speaker,
                c[st],
                ct >= 0 && ct < c.length ? c[ct] : ""));
      } catch (RuntimeException e) {
        throw new EvalException(
            file + " line " + (i + 1) + ": bad row (" + e.getMessage() + ")", e);
      }
    }
    return out;
  }

  private static int column(Path file, List<String> header, String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new EvalException(file + " line 1: missing column '" + name + "'; have " + header);
    }
    return i;
  }
}
