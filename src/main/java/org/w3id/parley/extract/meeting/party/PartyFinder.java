package org.w3id.parley.extract.meeting.party;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.entity.QuotedSpeaker;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.entity.References;
import org.w3id.parley.extract.meeting.Meeting;
import org.w3id.parley.extract.meeting.MeetingWords;
import org.w3id.parley.extract.meeting.gathering.Debates;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.WordList;

/**
 * Finds who takes part in a meeting along the dependency paths of its trigger word, the same way
 * for every word of a kind:
 *
 * <ul>
 *   <li>a verb's subject, object, agent ("was met by X") and its "with", "between", "among"
 *       complements ({@link VerbParties}): "X met Y", "X and Y met", "X held talks with Y";
 *   <li>a noun's modifiers and the clause around it ({@link NounParties}): "talks between X and Y",
 *       "X's meeting with Y", "X held talks", "X said at a meeting";
 * </ul>
 *
 * <p>Each word found is resolved to persons, countries and organisations: names, pronouns and
 * titles through {@link References}; a capital used as an actor to its country; and a group noun to
 * the body or country that modifies it ({@link PartyWords}) ("U.S. officials", "a World Bank team
 * led by Katrine Saito", "the union's committee", "Japanese negotiators").
 */
public final class PartyFinder {
  /** Head words of venues' names ({@code venues.txt}): where one speaks, not whom to. */
  static final Set<String> VENUES = Set.copyOf(WordList.words(MeetingWords.class, "venues.txt"));

  private final Mentions mentions;

  private final GroupNouns groups;

  private final PartyWords words;

  private final NounParties nouns;

  private final VerbParties verbs;

  /**
   * @param reported the meetings reported so far in the article, in text order ("they" as a party
   *     may be those of the last one)
   */
  public PartyFinder(
      Mentions mentions, References refs, List<QuotedSpeaker> quoted, List<Meeting> reported) {
    this.mentions = mentions;
    this.words = new PartyWords(mentions, refs, quoted, reported);
    this.groups = words.groups();
    this.nouns = new NounParties(this, refs, words, groups);
    this.verbs = new VerbParties(this, words, groups);
  }

  /** The country the story is filed from, if the article names it. */
  public Optional<EntityRef> home() {
    return groups.home();
  }

  /** The subject of the nearest governing clause, if it names a party ({@link Clauses}). */
  public Optional<Ref> governingSubject(Deps d, int trigger) {
    return Clauses.governingSubject(words, d, trigger);
  }

  /** The parties a word and its conjuncts refer to ({@link PartyWords#resolve}). */
  public List<Ref> resolve(Deps d, int k) {
    return words.resolve(d, k);
  }

  /** The persons a debate's clause sets against each other ({@link Debates#clauseDebaters}). */
  public List<Ref> debaters(Deps d, int trigger) {
    return Debates.clauseDebaters(words, d, trigger);
  }

  /** Whether a token is part of a time expression ("last month's"). */
  public boolean inTime(org.w3id.parley.nlp.Token t) {
    return org.w3id.parley.extract.text.Dates.inTimeExpression(mentions.annotated(), t);
  }

  /** Whether a meeting noun belongs to someone unnamed ({@link SubjectSide#unnamedOwner}). */
  public boolean unnamedOwner(Deps d, int trigger) {
    return SubjectSide.unnamedOwner(this, groups, d, trigger);
  }

  /** The persons, countries and organisations among refs ({@link PartyWords#parties}). */
  public Set<EntityRef> parties(List<Ref> refs) {
    return words.parties(refs);
  }

  /** Whether e is an organisation one addresses as a body ({@link PartyWords#deliberativeBody}). */
  public boolean deliberativeBody(EntityRef e) {
    return words.deliberativeBody(e);
  }

  /**
   * Whether a verb's subject names news media only ("Wikinews contacted Dasbach and Mears"): the
   * medium is no party, and what it does with others is reporting, not their meeting.
   */
  public boolean mediaSubject(Deps d, int verb) {
    List<Ref> subjects = new ArrayList<>();
    for (int k : d.children(verb, "nsubj")) {
      subjects.addAll(resolve(d, k));
    }
    return !subjects.isEmpty() && subjects.stream().allMatch(r -> words.medium(r.entity()));
  }

  /**
   * The parties found for a trigger.
   *
   * @param first the side that acts (a verb's subject, a noun's possessor or governing subject)
   * @param counterparts the other side (object, "with", "between", "of" ...)
   * @param body a named body the trigger is a meeting of ("a meeting of OPEC", "the committee met")
   * @param ownBody whether a gathering noun names the one organisation it belongs to ("the NAACP
   *     convention"), so that who speaks at it meets that body
   */
  public record Found(
      List<Ref> first,
      List<Ref> counterparts,
      Optional<Ref> body,
      boolean withCounterpart,
      boolean slotWithoutParty,
      List<Ref> bodies,
      boolean ownBody) {
    public Found {
      bodies = List.copyOf(bodies);
    }
  }

  /** The parties of a meeting verb ({@link VerbParties}). */
  public Found ofVerb(Deps d, int trigger, MeetingWords.Trigger word) {
    return verbs.of(d, trigger, word);
  }

  /** Whether a verb only carries the meeting noun it governs: "held talks", "had a call". */
  public static boolean lightVerb(String lemma) {
    return NounInClause.LIGHT_VERBS.contains(lemma);
  }

  /**
   * Whether the meeting word at k names a side of its own: a "with", "between" or "among" phrase,
   * or an object where its word takes one ("for talks with Putin", "to meet Zelensky"; not "to
   * discuss trade", whose object is what is talked about).
   */
  public static boolean namesItsOwnSide(Deps d, int k) {
    Optional<MeetingWords.Trigger> word = MeetingWords.trigger(d.token(k));
    if (word.isEmpty()) {
      return false;
    }
    List<Integer> heads = new ArrayList<>(List.of(k));
    heads.addAll(d.children(k, "obj")); // "to discuss trade with Kohl", the parser's way
    return heads.stream()
            .anyMatch(
                h -> !d.children(h, "obl:with", "obl:between", "obl:among", "nmod:with").isEmpty())
        || word.get().verb()
            && word.get().parties() != MeetingWords.Parties.WITH
            && !d.children(k, "obj").isEmpty();
  }

  public Found ofNoun(Deps d, int trigger, MeetingWords.Trigger word) {
    return nouns.of(d, trigger, word);
  }

  /**
   * The organisations among the given "at" phrases that one who speaks or appears there addresses
   * ("spoke at the NAACP", "an appearance at the Republican Jewish Coalition"): neither a news
   * medium (an interview) nor a deliberative body, which is found as such, nor a gathering noun.
   */
  List<Ref> audienceAt(Deps d, List<Integer> at) {
    List<Ref> out = new ArrayList<>();
    for (int k : at) {
      String w = d.token(k).text();
      if (w.isEmpty()
          || !Character.isUpperCase(w.codePointAt(0)) // a name, whatever its tag ("Coalition/NN")
          || VENUES.contains(d.token(k).lemma().toLowerCase(Locale.ROOT))) {
        continue; // "at the convention", "at the Chase Center": a gathering or a venue
      }
      for (Ref x : resolve(d, k)) {
        if (x.entity().kind() == EntityKind.ORGANIZATION
            && !words.medium(x.entity())
            && !words.deliberativeBody(x.entity())) {
          out.add(x);
        }
      }
    }
    return out;
  }
}
