package org.w3id.parley.extract.meeting;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.parley.extract.meeting.party.GroupNouns;
import org.w3id.parley.extract.meeting.party.PartyFinder;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.WordList;
import org.w3id.parley.nlp.Animacy;
import org.w3id.parley.nlp.Dependency;
import org.w3id.parley.nlp.Token;

/**
 * Whether a word of meeting is read in its meeting sense where it stands, before any party is
 * looked for: "called Jones reckless" names, "a news conference" and "a naming convention" are
 * something else, "a meeting room" is a room, "the Democratic National Convention released a
 * statement" is an organisation acting.
 */
final class Senses {
  /** What a named meeting does as a subject when it is the meeting: "the summit opened". */
  private static final Set<String> EVENT_VERBS =
      Set.of("open", "begin", "start", "end", "close", "conclude", "wrap", "meet", "convene");

  /**
   * Verbs done to an event, whose passive subject is the gathering and not its organisers: "the
   * Republican National Convention was cancelled", "will be held in Cleveland".
   */
  private static final Set<String> EVENT_PASSIVE_VERBS =
      Set.copyOf(WordList.words(Senses.class, "event-passive-verbs.txt"));

  private Senses() {}

  /**
   * "a joint news conference", "held a news conference with Weber": one the speakers give together
   * is a meeting of theirs (a news conference of one speaker is not: news-gold's guidelines).
   */
  private static boolean joint(Deps d, int trigger) {
    return d.children(trigger, "amod").stream()
            .anyMatch(k -> d.token(k).lemma().equalsIgnoreCase("joint"))
        || !d.children(trigger, "nmod:with").isEmpty()
        || d.head(trigger) >= 0 && !d.children(d.head(trigger), "obl:with").isEmpty();
  }

  /** What two parties exchange when they talk: "exchanged views", "exchanged greetings". */
  private static final Set<String> EXCHANGED =
      Set.of("view", "opinion", "idea", "greeting", "pleasantry", "word");

  /** Whether the trigger reports a meeting here, as far as its own words tell. */
  static boolean meetingSense(Deps d, int trigger, MeetingWords.Trigger word) {
    if (word.verb() && word.sense().equals("call") && !phoneCall(d, trigger)) {
      return false;
    }
    if (word.verb() && QuotedTitles.inTitle(d, trigger)) {
      return false; // "on \"Meet the Press\"": a programme's name
    }
    if (word.word().equals("shake")
        && d.children(trigger, "obj").stream().noneMatch(k -> d.token(k).lemma().equals("hand"))) {
      return false; // only "Carter shakes hands with the leaders of Egypt and Israel"
    }
    if (word.word().equals("exchange")
        && d.children(trigger, "obj").stream()
            .noneMatch(k -> EXCHANGED.contains(d.token(k).lemma().toLowerCase(Locale.ROOT)))) {
      return false; // only "exchanged views on Syria", not "exchanged letters" or prisoners
    }
    if (word.word().equals("join")
        && d.children(trigger, "obj").stream()
            .anyMatch(
                k ->
                    !d.token(k).isProperNoun()
                        && (GroupNouns.isGroupNoun(d.token(k))
                            || GroupNouns.isCampaignNoun(d.token(k))))) {
      return false; // "joined the Obama administration", "joined his campaign": a member
    }
    if (!word.verb() && (d.headRelation(trigger).startsWith("compound") || modifier(d, trigger))) {
      return false; // "debate prepper", "meeting room": the noun names no event here
    }
    if (!word.verb()
        && d.children(trigger, "compound", "amod").stream()
            .anyMatch(k -> MeetingWords.otherSense(word, d.token(k)))
        && (word.sense().equals("call") || !joint(d, trigger))) {
      // "a news conference", "a naming convention" (but "a joint news conference with Merkel");
      // "the strike call" stays a demand whatever comes "with" it
      return false;
    }
    if (d.token(trigger).isProperNoun()
        && (d.headRelation(trigger).startsWith("nsubj")
            || d.headRelation(trigger).equals("obl:agent"))
        && !EVENT_VERBS.contains(d.token(d.head(trigger)).lemma())
        && !(d.headRelation(trigger).equals("nsubj:pass")
            && EVENT_PASSIVE_VERBS.contains(d.token(d.head(trigger)).lemma()))) {
      return false; // "The DNC released a statement", "adopted by a UN Conference"
    }
    if (!word.verb()
        && d.headRelation(trigger).equals("nsubj")
        && MeetingWords.trigger(d.token(d.head(trigger))).filter(w -> w.verb()).isPresent()
        && PartyFinder.namesItsOwnSide(d, d.head(trigger))) {
      // "the Conference of Presidents met Netanyahu": a body that meets someone, whatever its
      // name's head; the verb reports the meeting. Not where the verb's object is only what is
      // talked about ("the OPEC meeting discussed prices": the meeting reports itself).
      return false;
    }
    if ((d.token(trigger).isProperNoun() || d.headRelation(trigger).endsWith("according_to"))
        && (d.headRelation(trigger).endsWith("according_to")
            || d.children(trigger, "case").stream()
                .anyMatch(k -> d.token(k).text().equalsIgnoreCase("according")))) {
      // "according to the National Conference of State Legislatures", "according to the Catholic
      // Bishops' Conference" (tagged a common noun): a source, however the parser hung the phrase
      // (at the start of a sentence it may make the name the root)
      return false;
    }
    if (word.word().equals("join")
        && (!d.children(trigger, "xcomp", "advcl", "ccomp", "obl:as").isEmpty()
            || d.children(trigger, "obl:in").stream().anyMatch(k -> activity(d, k)))) {
      // "joined Obama in criticizing", "join him in a fast", "joined Y to call for", "joining X as
      // candidates": a stance, an undertaking or a rank shared, no meeting
      return false;
    }
    if (!word.verb()
        && d.head(trigger) >= 0
        && d.headRelation(trigger).matches("appos|conj.*")
        && (d.token(d.head(trigger)).ner().equals("PERSON")
            || Animacy.animate(d.token(d.head(trigger))))) {
      return false; // "Chatwal, hotelier, and Democratic fundraiser": a person, set beside one
    }
    if (word.word().equals("welcome") && !d.children(trigger, "xcomp").isEmpty()) {
      return false; // "welcomed Trump to visit the city": an invitation, not a visit
    }
    if (!word.verb()
        && word.sense().equals("call")
        && !d.children(trigger, "nmod:for", "acl", "acl:to").isEmpty()) {
      return false; // "his call for a ban", "a call to action": a demand
    }
    return true;
  }

  /**
   * Common nouns of places where one is with someone ({@code place-nouns.txt}, and an
   * organisation's premises, {@code premises.txt}): "joined her in the studio".
   */
  private static final Set<String> PLACES = places();

  private static Set<String> places() {
    Set<String> all = new java.util.HashSet<>(WordList.words(Senses.class, "place-nouns.txt"));
    all.addAll(WordList.words(Senses.class, "premises.txt"));
    return Set.copyOf(all);
  }

  /**
   * Whether what one joins someone "in" is something done together rather than a place or a time: a
   * gerund ("in criticizing the plan") or a common word that is no place, no time and no meeting
   * ("in a fast", "in the fight", "in an effort to"); not "in Paris", "in the Oval Office", "in
   * 2019", "in the studio", "in talks".
   */
  private static boolean activity(Deps d, int k) {
    Token t = d.token(k);
    return t.pos().equals("VBG")
        || !t.isProperNoun()
            && t.ner().equals("O")
            && !t.pos().equals("CD")
            && !t.pos().startsWith("PRP")
            && MeetingWords.trigger(t).isEmpty()
            && !PLACES.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * A noun followed by a singular common noun that names nothing ("Trump's debate prepper
   * Giuliani", parsed with "debate" as the head) modifies it; a day ("talks Monday") does not.
   */
  private static boolean modifier(Deps d, int trigger) {
    if (trigger + 1 >= d.size()) {
      return false;
    }
    Token next = d.token(trigger + 1);
    return (next.pos().equals("NN") || next.pos().equals("NNP"))
        && next.ner().equals("O")
        && !d.headRelation(trigger + 1).contains("tmod") // "the annual meeting today"
        && !startsASubject(d, trigger + 1)
        && MeetingWords.trigger(next).isEmpty();
  }

  /**
   * Whether the noun at k begins the subject of another clause ("told the annual meeting parent
   * company turnover would fall"): it heads that subject, or modifies the word that does.
   */
  private static boolean startsASubject(Deps d, int k) {
    int head = k;
    for (int steps = 0; steps < 5 && d.headRelation(head).startsWith("compound"); steps++) {
      head = d.head(head);
    }
    return head >= 0 && d.headRelation(head).startsWith("nsubj");
  }

  /**
   * What one calls someone to do on the telephone: "called Y to discuss the crisis" ({@code
   * call-purposes.txt}).
   */
  private static final Set<String> CALL_PURPOSES =
      Set.copyOf(WordList.words(Senses.class, "call-purposes.txt"));

  /** Nouns of what one calls something by ({@code naming-nouns.txt}): "by another name". */
  private static final Set<String> NAMING_NOUNS =
      Set.copyOf(WordList.words(Senses.class, "naming-nouns.txt"));

  /** Relations (by their base name) that lead out of the call's own phrase into another clause. */
  private static final Set<String> CLAUSES =
      Set.of("ccomp", "xcomp", "advcl", "parataxis", "conj", "csubj", "nsubj");

  /**
   * Whether the call's phrase says what something is called "by": "calling the Islamic State, also
   * known as ISIL, by another name", "called the firm by its old name" (however the parser hangs
   * the "by" phrase within it).
   */
  private static boolean byName(Deps d, int trigger) {
    return d.subtree(trigger, Senses::withinPhrase).stream()
        .anyMatch(
            k ->
                NAMING_NOUNS.contains(d.token(k).lemma().toLowerCase(java.util.Locale.ROOT))
                    && d.children(k, "case").stream()
                        .anyMatch(c -> d.token(c).lemma().equalsIgnoreCase("by")));
  }

  private static boolean withinPhrase(Dependency e) {
    return !e.relation().equals("acl:relcl") && !CLAUSES.contains(e.relation().split(":")[0]);
  }

  /** A quote mark, also as newswire writes it with two apostrophes or backticks (''So''). */
  private static final String QUOTE = "[\"“'‘]|''|``";

  /**
   * "X called Y" is a phone call; "X called Y a liar", "called on Y to", "called for", "called off"
   * are not.
   */
  private static boolean phoneCall(Deps d, int trigger) {
    if (!d.token(trigger).lemma().equals("call")) {
      return true; // phone, telephone
    }
    List<Integer> objects = d.children(trigger, "obj");
    if (!d.children(trigger, "iobj").isEmpty()) {
      return false; // "calling her a horrible witness", parsed as two objects
    }
    if (byName(d, trigger)) {
      return false; // "calling the Islamic State by another name": naming
    }
    int before = trigger - 1;
    if (before >= 0
        && d.token(before).pos().startsWith("NN")
        && !d.token(before).isProperNoun()
        && !d.children(trigger, "nsubj").contains(before)) {
      // "at a consulting firm called Gavekal Dragonomics", however the parser hung the words: a
      // noun right before "called" that is not who called is the thing named
      return false;
    }
    boolean passive =
        !d.children(trigger, "aux:pass").isEmpty()
            || d.headRelation(trigger).startsWith("acl") && d.token(trigger).pos().equals("VBN")
            // a bare participle hung loosely on the clause, even when tagged as a past tense:
            // "disliked the gatherings …, called the Clinton Global Initiative"
            || d.headRelation(trigger).matches("acl.*|dep")
                && d.children(trigger, "nsubj", "aux").isEmpty();
    if (passive && !objects.isEmpty()) {
      return false; // "a new company to be called SAFCO International", "a group called X": a name
    }
    if (objects.stream()
        .flatMap(o -> d.children(o, "appos").stream())
        .anyMatch(
            a ->
                d.children(a, "det").stream()
                    .anyMatch(x -> Set.of("a", "an").contains(d.token(x).lemma())))) {
      return false; // "called Clinton, his challenger, an ISIS co-founder": a name given
    }
    if (objects.isEmpty()
        || !d.children(trigger, "obl:for", "ccomp").isEmpty()
        || d.children(trigger, "xcomp").stream()
            .anyMatch(
                k ->
                    !CALL_PURPOSES.contains(d.token(k).lemma())
                        || !d.children(k, "aux:pass").isEmpty()) // "only to be told"
        || d.children(trigger, "compound:prt").stream()
            .anyMatch(k -> k + 1 >= d.size() || !d.token(k + 1).ner().equals("DATE"))) {
      // "called on Y to resign", "called off", "called Y to account"; but "called Y on Tuesday to
      // discuss the crisis" (the parser takes "on" for a particle) is a call.
      return false;
    }
    int first = d.subtree(objects.get(0), e -> true).stream().min(Integer::compare).orElseThrow();
    if (first > 0 && d.token(first - 1).text().matches(QUOTE)) {
      return false; // "a campaign he calls \"Confident America\"": a name given, not a call
    }
    // "called D'Souza \"humble\"", "called him a liar": a predicate after the object names.
    int after = objects.get(0) + 1; // the object's head word ends its noun phrase
    if (after >= d.size()) {
      return true;
    }
    Token next = d.token(after);
    return !(next.pos().startsWith("JJ")
        || next.pos().startsWith("DT")
        || next.pos().startsWith("NN")
        || next.text().matches(QUOTE));
  }
}
