package org.w3id.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.parley.ingest.ReadResult;

/** How gold articles get their publication dates, shared by the Parley run and the baseline. */
class StatementEvalTest {
  @TempDir Path dir;

  private final List<GoldArticle> gold =
      List.of(
          new GoldArticle("a", "Text a.", List.of()),
          new GoldArticle("news_2019-05-02_b", "Text b.", List.of()),
          new GoldArticle("c", "Text c.", List.of()));

  @Test
  void theMetadataBesideTheSplitDatesArticlesAndFileNamesFillIn() throws Exception {
    Path split = Files.createDirectories(dir.resolve("dev"));
    Files.writeString(dir.resolve("metadata.tsv"), "publication_date\tfilename\n2020-01-31\ta\n");
    ReadResult r = StatementEval.articles(split, gold, Optional.empty());
    assertEquals(LocalDate.of(2020, 1, 31), r.articles().get(0).published());
    assertEquals(LocalDate.of(2019, 5, 2), r.articles().get(1).published());
    assertEquals(1, r.rejections().size(), "c has no date anywhere");
  }

  @Test
  void anExplicitMetadataFileWinsOverTheOneBesideTheSplit() throws Exception {
    Path split = Files.createDirectories(dir.resolve("dev"));
    Files.writeString(dir.resolve("metadata.tsv"), "filename\tpublication_date\na\t2020-01-31\n");
    Path other =
        Files.writeString(
            dir.resolve("other.tsv"), "filename\tpublication_date\na\t2021-02-01\nc\t2021-02-02\n");
    ReadResult r = StatementEval.articles(split, gold, Optional.of(other));
    assertEquals(LocalDate.of(2021, 2, 1), r.articles().get(0).published());
    assertEquals(3, r.articles().size());
  }
}
