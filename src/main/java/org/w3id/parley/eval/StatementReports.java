package org.w3id.parley.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;

/** The files a statements evaluation writes: the scorer's TSV, the scores as JSON, the errors. */
final class StatementReports {
  private StatementReports() {}

  /** Writes statements in the reference scorer's TSV format. */
  public static void writeTsv(Path file, List<SystemStatement> statements) {
    StringBuilder sb =
        new StringBuilder(
            "article\tcontent_begin\tcontent_end\tspeaker_begin\tspeaker_end\tspeaker_text\tcanonical_speaker_text\n");
    for (SystemStatement s : statements) {
      sb.append(s.article())
          .append('\t')
          .append(s.content().begin())
          .append('\t')
          .append(s.content().end());
      sb.append('\t').append(s.speaker().map(x -> Integer.toString(x.begin())).orElse(""));
      sb.append('\t').append(s.speaker().map(x -> Integer.toString(x.end())).orElse(""));
      sb.append('\t')
          .append(clean(s.speakerText()))
          .append('\t')
          .append(clean(s.canonicalText()))
          .append('\n');
    }
    StatementEval.write(file, sb.toString());
  }

  private static String clean(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ");
  }

  static void writeJson(Path file, String gold, StatementScore s) {
    JsonObject o = new JsonObject();
    o.put("gold_dir", gold);
    o.put("articles", s.articles());
    o.put("gold", s.gold());
    o.put("gold_direct", s.goldDirect());
    o.put("sys", s.system());
    o.put("sys_unattributed", s.unattributed());
    o.put("content_tp", s.contentTp());
    o.put("full_tp", s.fullTp());
    o.put("direct_content_tp", s.directContentTp());
    o.put("direct_full_tp", s.directFullTp());
    o.put("content_P", org.apache.jena.atlas.json.JsonNumber.value(s.contentP()));
    o.put("content_R", org.apache.jena.atlas.json.JsonNumber.value(s.contentR()));
    o.put("content_F1", org.apache.jena.atlas.json.JsonNumber.value(s.contentF1()));
    o.put("full_P", org.apache.jena.atlas.json.JsonNumber.value(s.fullP()));
    o.put("full_R", org.apache.jena.atlas.json.JsonNumber.value(s.fullR()));
    o.put("full_F1", org.apache.jena.atlas.json.JsonNumber.value(s.fullF1()));
    o.put("direct_content_R", org.apache.jena.atlas.json.JsonNumber.value(s.directContentR()));
    o.put("direct_full_R", org.apache.jena.atlas.json.JsonNumber.value(s.directFullR()));
    o.put("unattributed_share", org.apache.jena.atlas.json.JsonNumber.value(s.unattributedShare()));
    o.put(
        "speaker_acc_given_content",
        org.apache.jena.atlas.json.JsonNumber.value(s.speakerAccuracyGivenContent()));
    try (OutputStream os = Files.newOutputStream(file)) {
      JSON.write(os, o);
    } catch (IOException e) {
      throw new EvalException(file + ": cannot write: " + e.getMessage(), e);
    }
  }

  /** The errors: a count per pattern, then one line per error. */
  static void writeMisses(Path file, StatementMisses.Result misses) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Integer> e : misses.counts().entrySet()) {
      sb.append("# ").append(e.getValue()).append('\t').append(e.getKey()).append('\n');
    }
    sb.append("bucket\tarticle\tgold source\tsystem speaker (words | entity)\tcontent\n");
    misses.lines().forEach(l -> sb.append(l).append('\n'));
    StatementEval.write(file, sb.toString());
  }
}
