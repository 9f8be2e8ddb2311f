package org.w3id.parley.rdf;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Merge;
import org.w3id.parley.extract.meeting.Meeting;
import org.w3id.parley.extract.meeting.MeetingMode;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.vocab.PARLEY;

/**
 * Mints Parley's resource IRIs under {@code https://w3id.org/parley/id/}. IRIs are deterministic,
 * so re-ingesting an article yields the same nodes, and facts about one real entity from different
 * articles meet at one IRI.
 */
public final class Iris {
  private Iris() {}

  public static String article(String id) {
    return PARLEY.ID + "article/" + id;
  }

  /** The graph that holds the merges one article made. */
  public static String mergesGraph(String articleId) {
    return PARLEY.ID + "merges/" + articleId;
  }

  /**
   * The graph that holds links to Wikidata made by {@code parley link}, which outlive re-ingesting.
   */
  public static String linksGraph() {
    return PARLEY.ID + "links";
  }

  /** The graph that holds analysts' decisions (undone merges), which outlive re-ingesting. */
  public static String overridesGraph() {
    return PARLEY.ID + "overrides";
  }

  public static String merge(String articleId, Merge m) {
    return merge(articleId, m.person().key(), m.name());
  }

  /** The merge of {@code name} into the person with this key, in one article. */
  public static String merge(String articleId, String personKey, String name) {
    String key = personKey + "|" + name;
    return PARLEY.ID
        + "merge/"
        + articleId
        + "/"
        + Hashing.sha256().hashString(key, StandardCharsets.UTF_8).toString().substring(0, 12);
  }

  public static String entity(EntityRef ref) {
    return PARLEY.ID + ref.path();
  }

  public static String mention(String articleId, Span span) {
    return PARLEY.ID + "mention/" + articleId + "/" + span.begin() + "-" + span.end();
  }

  public static String statement(String articleId, Span evidence) {
    return PARLEY.ID + "statement/" + articleId + "/" + evidence.begin() + "-" + evidence.end();
  }

  /**
   * A dated meeting is identified by its participants and day, so that several articles reporting
   * it share one node (an article's reports of one pair on one day are one meeting, {@code
   * MeetingMerger.mergeSameDay}); an undated one cannot be matched safely and stays specific to its
   * article, and a call there is another node than a meeting in person first reported in the same
   * sentence: one node with two modes is one the shapes reject.
   */
  public static String meeting(String articleId, Meeting m) {
    return meeting(
        articleId,
        m.participants().stream().map(EntityRef::path).toList(),
        m.date(),
        m.status().name(),
        m.evidence().get(0).span().begin(),
        m.mode() == MeetingMode.CALL);
  }

  /**
   * The same from the meeting's parts, as a graph holds them.
   *
   * @param participants the participants' paths ({@code person/sergey-lavrov}), in any order
   * @param status the status's name ({@code HELD})
   * @param firstEvidence where the meeting's first evidence begins in the article
   * @param call whether the meeting is a call
   */
  public static String meeting(
      String articleId,
      List<String> participants,
      java.util.Optional<java.time.LocalDate> date,
      String status,
      int firstEvidence,
      boolean call) {
    List<String> parts = participants.stream().sorted().toList();
    String key =
        date.isPresent()
            ? String.join("|", parts) + "|" + date.get()
            : articleId
                + "|"
                + String.join("|", parts)
                + "|"
                + status
                + "|"
                + firstEvidence
                + (call ? "|call" : "");
    return PARLEY.ID
        + "meeting/"
        + Hashing.sha256().hashString(key, StandardCharsets.UTF_8).toString().substring(0, 16);
  }
}
