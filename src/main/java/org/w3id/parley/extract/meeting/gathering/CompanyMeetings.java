package org.w3id.parley.extract.meeting.gathering;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.meeting.MeetingWords;
import org.w3id.parley.extract.text.Dates;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.nlp.Token;

/**
 * Whose a company's kind of meeting is ({@code own-meetings.txt}: "the annual meeting", "a special
 * shareholders meeting"): the one organisation that is its only party, or, where the sentence names
 * none, the company the story is about. One instance per article.
 */
public final class CompanyMeetings {
  private final Mentions mentions;

  public CompanyMeetings(Mentions mentions) {
    this.mentions = mentions;
  }

  /** How many sentences from the start of the article name the organisation a story is about. */
  private static final int LEAD = 3;

  /**
   * The organisation whose "the annual meeting" ("the shareholders meeting", {@code
   * own-meetings.txt}) a sentence names without naming any body: the one the article names first,
   * in its headline or lead, as news names the company a story is about ("Siemens AG turnover will
   * rise …, chairman Karlheinz Kaske said. He told the annual meeting …"), when the article has
   * reported no such meeting just before (that one is named again, {@link SameGathering}).
   */
  public Optional<Ref> storyCompany(
      Deps d, int trigger, MeetingWords.Trigger word, Set<EntityRef> participants) {
    if (word.verb()
        || !word.body()
        || participants.stream().anyMatch(p -> p.kind() != EntityKind.PERSON)
        // "Siemens' annual meeting", "its meeting" name their own; "the shareholders' meeting"
        // does not
        || d.children(trigger, "nmod:poss").stream()
            .anyMatch(k -> !d.token(k).pos().matches("NNS?"))
        || !definite(d, trigger) && !datedOne(d, trigger)
        || !MeetingWords.ownMeetingNoun(d, trigger)) {
      return Optional.empty();
    }
    Token t = d.token(trigger);
    return mentions.all().stream()
        .filter(m -> m.sentence() < LEAD)
        .filter(m -> m.ref().kind() == EntityKind.ORGANIZATION)
        .findFirst()
        .map(m -> new Ref(m.ref(), new Span(t.begin(), t.end())));
  }

  /**
   * Whether a meeting noun is "the" one: its own article, or that of the common noun that owns it
   * ("the annual shareholders' meeting", where the parser hangs "the" on "shareholders").
   */
  private static boolean definite(Deps d, int trigger) {
    List<Integer> heads = new ArrayList<>(List.of(trigger));
    heads.addAll(d.children(trigger, "nmod:poss"));
    return heads.stream()
        .flatMap(h -> d.children(h, "det").stream())
        .anyMatch(k -> d.token(k).lemma().equalsIgnoreCase("the"));
  }

  /**
   * Whether an indefinite meeting noun is one meeting by its day ("a November 5 shareholders
   * meeting", "a special meeting on June 26"), not any ("holds a general meeting every year").
   */
  private boolean datedOne(Deps d, int trigger) {
    List<Integer> det = d.children(trigger, "det");
    return !det.isEmpty()
        && det.stream().allMatch(k -> d.token(k).lemma().equalsIgnoreCase("a"))
        && d.children(trigger, "compound", "nummod", "nmod:tmod", "nmod:on", "nmod:for").stream()
            .anyMatch(k -> Dates.inTimeExpression(mentions.annotated(), d.token(k)));
  }

  /**
   * "The American Stock Exchange said … at the annual membership meeting": a meeting noun marked as
   * one organisation's own ({@code own-meetings.txt}) whose only party is an organisation.
   */
  public static boolean own(
      Deps d, int trigger, MeetingWords.Trigger word, Set<EntityRef> participants) {
    return !word.verb()
        && word.body()
        && participants.size() == 1
        && participants.iterator().next().kind() == EntityKind.ORGANIZATION
        && MeetingWords.ownMeetingNoun(d, trigger);
  }
}
