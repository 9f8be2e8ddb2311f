package org.w3id.parley.extract.meeting;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Mention;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.entity.References;
import org.w3id.parley.extract.text.Deps;

/**
 * The debaters of a debate the sentence does not name them in ("last Sunday's debate", "at the
 * debate before the primary", "Clinton said at Wednesday's debate"): in campaign news the debate is
 * between the candidates the article is about, so the persons it names most, beside the one the
 * sentence names. Only a debate the text marks as an event counts (a day, "the final", "the second
 * presidential", "at the debate"); "the debate over guns" is a discussion.
 */
final class Debates {
  /** Words that make "debate" an event: "the final debate", "the presidential debate". */
  private static final Set<String> EVENT_WORDS =
      Set.of(
          "first",
          "second",
          "third",
          "fourth",
          "fifth",
          "final",
          "last",
          "next",
          "previous",
          "presidential",
          "televised",
          "primary",
          "vice-presidential",
          "upcoming",
          "tonight",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday");

  /** Prepositions that place something at an event: "at the debate", "after the debate". */
  private static final Set<String> AT = Set.of("at", "during", "after", "before", "in", "since");

  /** How often the article must name a person for them to be a debater it is about. */
  private static final int MENTIONS = 3;

  private final Mentions mentions;
  private final References refs;

  Debates(Mentions mentions, References refs) {
    this.mentions = mentions;
    this.refs = refs;
  }

  /** Whether the debate noun is an event, not a discussion ("the debate over guns"). */
  static boolean event(Deps d, int trigger) {
    if (!d.children(trigger, "nmod:over", "nmod:about", "nmod:on", "acl").isEmpty()) {
      return false;
    }
    for (int k : d.children(trigger, "amod", "nmod:poss", "compound", "nmod:tmod", "det")) {
      if (EVENT_WORDS.contains(d.token(k).lemma().toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    if (d.token(trigger).pos().equals("NNS")) {
      return false; // "his struggles in debates": debates in general
    }
    String rel = d.headRelation(trigger);
    return rel.startsWith("obl:") && AT.contains(rel.substring(4))
        || rel.startsWith("nmod:") && AT.contains(rel.substring(5));
  }

  /**
   * The named participants and, to make two, the persons the article names most ({@value #MENTIONS}
   * times or more, outside quotes), most named first.
   */
  Set<EntityRef> debaters(Set<EntityRef> named) {
    Map<EntityRef, Integer> counts = new LinkedHashMap<>();
    for (Mention m : mentions.all()) {
      if (m.ref().kind() == EntityKind.PERSON && !refs.inQuote(m.span().begin())) {
        counts.merge(m.ref(), 1, Integer::sum);
      }
    }
    List<EntityRef> frequent =
        counts.entrySet().stream()
            .filter(e -> e.getValue() >= MENTIONS)
            .sorted(Map.Entry.<EntityRef, Integer>comparingByValue(Comparator.reverseOrder()))
            .map(Map.Entry::getKey)
            .toList();
    // "After the debate, CNN anchor Dana Bash said": someone the article hardly names comments on
    // the debate; the debaters are the ones it is about.
    Set<EntityRef> out = new LinkedHashSet<>(named);
    out.retainAll(frequent);
    for (EntityRef p : frequent) {
      if (out.size() >= 2) {
        break;
      }
      out.add(p);
    }
    return out;
  }
}
