package org.w3id.parley.extract.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.entity.PartyNames;
import org.w3id.parley.extract.entity.QuotedSpeaker;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.entity.References;
import org.w3id.parley.extract.meeting.gathering.CompanyMeetings;
import org.w3id.parley.extract.meeting.gathering.ConventionBodies;
import org.w3id.parley.extract.meeting.gathering.CoveredVisits;
import org.w3id.parley.extract.meeting.gathering.Debates;
import org.w3id.parley.extract.meeting.gathering.StateVisits;
import org.w3id.parley.extract.meeting.party.Attendance;
import org.w3id.parley.extract.meeting.party.GroupNouns;
import org.w3id.parley.extract.meeting.party.PartyFinder;
import org.w3id.parley.extract.meeting.repair.Reattachments;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.nlp.Sentence;
import org.w3id.parley.nlp.Token;

/**
 * Finds meetings: every word of the meeting lexicon ({@code triggers.tsv}: "met", "talks",
 * "summit", "phoned", "debate", "a visit to" …) whose dependency paths lead to at least two parties
 * (persons, countries, organisations), or to one named body for the words that allow it ("a meeting
 * of OPEC"). {@link PartyFinder} finds the parties, {@link Circumstances} the date, place, status
 * and mode; {@link ImpliedParties} adds the parties its words leave out and its sentence or article
 * supplies, {@link RepresentedCountries} settles which countries take part beside the persons who
 * stand for them. Reports of one meeting within the article are merged, unless {@link
 * ReportPeriods} puts them in different months or years.
 *
 * <pre>{@code
 * List<Meeting> meetings = new MeetingExtractor(mentions, references, article.published()).extract();
 * }</pre>
 */
public final class MeetingExtractor {
  private final Mentions mentions;
  private final References refs;
  private final ContextDays contextDays;
  private final LocalDate published;
  private final PartyFinder parties;
  private final Circumstances circumstances;

  /** A debate that names one event but not two of its debaters, and what its sentence names. */
  private record UndecidedDebate(
      Deps d, int trigger, MeetingWords.Trigger word, Set<EntityRef> named, List<Ref> found) {}

  private final List<UndecidedDebate> undecidedDebates = new ArrayList<>();

  // The meetings reported so far, in text order, and which gathering words reported them.
  private final List<Meeting> reported = new ArrayList<>();
  private final SameGathering gatherings;
  // A later report of a meeting in the list ("the convention" again), by the meeting's index.
  private final Map<Meeting, Integer> sameAs = new IdentityHashMap<>();
  private final ConventionBodies conventions = new ConventionBodies();
  private final ImpliedParties implied;
  private final RepresentedCountries countries;

  /** The month or year each report's clause names. */
  private final ReportPeriods periods = new ReportPeriods();

  public MeetingExtractor(Mentions mentions, References refs, LocalDate published) {
    this(mentions, refs, published, List.of());
  }

  /**
   * @param quoted the speakers of the article's direct quotes: "I" inside a quote is its speaker
   *     ("\"I've met Mr. Trump,\" Gorka said")
   */
  public MeetingExtractor(
      Mentions mentions, References refs, LocalDate published, List<QuotedSpeaker> quoted) {
    this.mentions = mentions;
    this.refs = refs;
    this.published = published;
    this.contextDays = new ContextDays(mentions, refs, published);
    this.parties = new PartyFinder(mentions, refs, quoted, reported);
    this.gatherings = new SameGathering(parties::inTime);
    this.circumstances = new Circumstances(mentions, published);
    this.implied = new ImpliedParties(parties, new CompanyMeetings(mentions), conventions);
    this.countries = new RepresentedCountries(mentions);
  }

  /**
   * Whether a sentence has a word that may report a meeting (by its tag and lemma alone, before the
   * parse): the sentences {@link #extract} reads.
   */
  public static boolean mayReport(Sentence s) {
    for (int k = 0; k < s.tokens().size(); k++) {
      if (MeetingWords.trigger(s.tokens(), k).isPresent()) {
        return true;
      }
    }
    return false;
  }

  public List<Meeting> extract() {
    List<Meeting> found = reported;
    found.clear();
    gatherings.clear();
    sameAs.clear();
    conventions.clear();
    List<Set<EntityRef>> debaters = new ArrayList<>();
    undecidedDebates.clear();
    periods.clear();
    for (Sentence s : mentions.annotated().sentences()) {
      Deps d = Reattachments.of(s);
      for (Token t : s.tokens()) {
        MeetingWords.trigger(s.tokens(), t.index())
            .ifPresent(
                w -> {
                  List<Meeting> here = meetingsAt(d, t.index(), w);
                  for (Meeting m : here) {
                    Integer before = sameAs.remove(m);
                    if (before != null) {
                      // "Weber spoke at the convention": the one reported before, with Weber
                      found.set(before, MeetingMerger.joined(found.get(before), m));
                    } else {
                      found.add(m);
                    }
                    gatherings.noted(d, t.index(), w, before != null ? before : found.size() - 1);
                  }
                  if (w.sense().equals("debate")) {
                    here.forEach(m -> debaters.add(m.participants()));
                  }
                });
      }
    }
    for (UndecidedDebate u : undecidedDebates) {
      // "Wednesday's debate here": the debaters the article names for its debates elsewhere; not
      // a debate someone stays away from ("Trump stood by his plan to boycott the debate"), which
      // those debaters held.
      Debates.debatersFor(debaters, u.named())
          .map(who -> meeting(u.d(), u.trigger(), u.word(), who, u.found()))
          .filter(m -> m.status() != MeetingStatus.CANCELLED)
          .ifPresent(found::add);
    }
    List<Meeting> merged =
        MeetingMerger.mergeSameDay(
                MeetingMerger.merge(found, periods::differentTimes, this::politicalParty).stream()
                    .map(m -> contextDays.dated(m, day -> !periods.outsidePeriod(m, day)))
                    .toList())
            .stream()
            .map(m -> StatusWords.notYetHeld(m, published))
            .toList();
    return StateVisits.withHosts(CoveredVisits.without(merged, countries::represents), mentions);
  }

  /** The meetings a trigger reports: one, or one per named body ("G-5 and G-7 meetings"). */
  private List<Meeting> meetingsAt(Deps d, int trigger, MeetingWords.Trigger word) {
    boolean plural = d.token(trigger).pos().equals("NNS");
    List<Meeting> one =
        plural && word.body() && !word.verb() ? List.of() : meetingAt(d, trigger, word);
    if (!one.isEmpty() || word.verb() || !word.body()) {
      return one;
    }
    PartyFinder.Found found = parties.ofNoun(d, trigger, word);
    Set<EntityRef> bodies = parties.parties(found.bodies());
    if (bodies.size() < 2 || jointOf(d, trigger)) {
      return plural ? meetingAt(d, trigger, word) : List.of();
    }
    List<Meeting> out = new ArrayList<>();
    for (Ref r : found.bodies()) {
      if (bodies.remove(r.entity())) {
        out.add(meeting(d, trigger, word, Set.of(r.entity()), List.of(r)));
      }
    }
    return out;
  }

  /**
   * Whether the bodies are one "of" phrase of the noun, joined: "the semi-annual meetings of the
   * IMF and the World Bank" are the two bodies' joint meetings (not "the Group of Five and Group of
   * Seven meetings", each body's own).
   */
  private static boolean jointOf(Deps d, int trigger) {
    return d.children(trigger, "nmod:of").stream().anyMatch(k -> !d.children(k, "conj").isEmpty());
  }

  /** The meeting a trigger reports, or one per counterpart when they met each apart. */
  private List<Meeting> meetingAt(Deps d, int trigger, MeetingWords.Trigger word) {
    if (purposeOfAMeeting(d, trigger, word)) {
      return List.of(); // "met Mubarak and Bassiouni to discuss the issue": one meeting, the verb's
    }
    if (!Senses.meetingSense(d, trigger, word)
        || Negation.of(d, trigger, word) == Negation.Polarity.DENIED) {
      return List.of();
    }
    if (word.verb() && parties.mediaSubject(d, trigger)) {
      return List.of(); // "Wikinews contacted Dasbach and Mears": reporting, not their meeting
    }
    PartyFinder.Found found =
        word.verb() ? parties.ofVerb(d, trigger, word) : parties.ofNoun(d, trigger, word);
    Set<EntityRef> counterparts = parties.parties(found.counterparts());
    if (word.word().equals("join")
        && counterparts.stream().anyMatch(e -> e.kind() != EntityKind.PERSON)) {
      return List.of(); // "joined the board", "joined NATO": a member, not a meeting
    }
    // What names no party of its own may name one reported before ("the convention" again).
    Optional<Integer> before =
        gatherings.antecedent(
            d, trigger, word, !counterparts.isEmpty() || found.body().isPresent());
    if (found.slotWithoutParty() || !counterpartAllowed(d, trigger, word, found, counterparts)) {
      return before.map(b -> reportedAgain(d, trigger, word, found, b)).orElse(List.of());
    }
    ImpliedParties.Completed completed = implied.of(d, trigger, word, found, before.isPresent());
    List<Ref> all = completed.refs();
    Set<EntityRef> participants = completed.participants();
    Optional<EntityRef> inherited = completed.convention();
    conventions.reported(word, found.body().map(Ref::entity));
    countries.dropRepresented(participants, all);
    countries.addOffices(d, trigger, participants, all);
    boolean body =
        inherited.isPresent() && participants.size() == 1
            || found.body().isPresent()
                && participants.size() == 1
                && participants.contains(found.body().get().entity())
            || CompanyMeetings.own(d, trigger, word, participants)
            || Attendance.membersAtIt(d, trigger, word, participants);
    if (Debates.generic(d, trigger, word)) {
      return List.of(); // "Debates between Clinton and Sanders have rarely focused on education"
    }
    boolean debate = !word.verb() && word.sense().equals("debate") && Debates.event(d, trigger);
    if (debate && participants.size() < 2) {
      all.addAll(parties.debaters(d, trigger));
      participants = parties.parties(all);
    }
    if (participants.size() < 2 && !body) {
      // "the Lincoln-Douglas debates": a debate named by persons the article does not debate
      if (debate && !Debates.namedForOthers(mentions, d, trigger)) {
        undecidedDebates.add(new UndecidedDebate(d, trigger, word, participants, all));
      }
      return before.map(b -> reportedAgain(d, trigger, word, found, b)).orElse(List.of());
    }
    Meeting whole = meeting(d, trigger, word, participants, all);
    Optional<Integer> sameDebate =
        debate ? gatherings.sameDebate(d, trigger, word) : Optional.empty();
    if (sameDebate.isPresent()) {
      sameAs.put(whole, sameDebate.get()); // its debaters join the debate reported before
      return List.of(whole);
    }
    Optional<Integer> sameBodys =
        body && participants.size() == 1
            ? gatherings.sameBodys(d, trigger, word, i -> periods.oneEvent(reported.get(i), whole))
            : Optional.empty();
    if (sameBodys.isPresent()) {
      sameAs.put(whole, sameBodys.get()); // "the Republican convention" again: the same one
      return List.of(whole);
    }
    List<Meeting> apart = new ArrayList<>();
    for (List<Ref> each :
        SeparateMeetings.counterparts(
            d,
            trigger,
            word,
            found.first(),
            found.counterparts(),
            whole.mode() == MeetingMode.CALL,
            countries::represents)) {
      List<Ref> refs = new ArrayList<>(found.first());
      refs.addAll(each);
      Set<EntityRef> two = parties.parties(refs);
      if (two.size() >= 2) {
        apart.add(meeting(d, trigger, word, two, refs));
      }
    }
    List<Meeting> out = new ArrayList<>(apart.size() >= 2 ? apart : List.of(whole));
    out.addAll(Gapping.meetings(parties, circumstances, d, trigger, word, found.first()));
    return out;
  }

  /**
   * Whether a verb of talk is the purpose of a meeting verb that governs it and names no one of its
   * own ("met President Mubarak and Ambassador Bassiouni to discuss the issue", "called Y to
   * negotiate"): the meeting verb reports that meeting, with its parties; the parser makes the ones
   * met the subjects of the purpose clause, which would report a second meeting among them. Not
   * where the purpose names a side of its own ({@link PartyFinder#namesItsOwnSide}: "visited Bonn
   * to discuss trade with Kohl", "travelled to Kyiv to meet Zelensky").
   */
  private static boolean purposeOfAMeeting(Deps d, int trigger, MeetingWords.Trigger word) {
    int head = d.head(trigger);
    return word.verb()
        && head >= 0
        && d.headRelation(trigger).matches("(xcomp|advcl)(:.*)?")
        && d.children(trigger, "mark").stream().anyMatch(k -> d.token(k).lemma().equals("to"))
        && !PartyFinder.namesItsOwnSide(d, trigger)
        && MeetingWords.trigger(d.token(head)).filter(MeetingWords.Trigger::verb).isPresent();
  }

  /**
   * A meeting reported before, named again by a definite noun ({@link SameGathering}): with whoever
   * this sentence puts at it, the same meeting if its status agrees or no one new is there, else
   * the new party's own (one who pulled out of it).
   */
  private List<Meeting> reportedAgain(
      Deps d, int trigger, MeetingWords.Trigger word, PartyFinder.Found found, int index) {
    Meeting before = reported.get(index);
    Set<EntityRef> added =
        SameGathering.attended(d, trigger) ? parties.parties(found.first()) : Set.of();
    Meeting again =
        meeting(d, trigger, word, SameGathering.parties(before, added, true), found.first());
    if (again.status() == before.status() || before.participants().containsAll(added)) {
      // One more report of it, whatever its own words say of its status: the first report's
      // stands ("the meetings tomorrow" after "tomorrow's G-7 meetings").
      sameAs.put(again, index);
      return List.of(again);
    }
    Set<EntityRef> own = SameGathering.parties(before, added, false);
    boolean body = own.size() == 1 && own.iterator().next().kind() == EntityKind.ORGANIZATION;
    return own.size() >= 2 || body
        ? List.of(meeting(d, trigger, word, own, found.first()))
        : List.of(); // a person who pulled out of a meeting of persons: no meeting of theirs
  }

  /** Whether the trigger's counterpart is where its word needs it. */
  private boolean counterpartAllowed(
      Deps d,
      int trigger,
      MeetingWords.Trigger word,
      PartyFinder.Found found,
      Set<EntityRef> counterparts) {
    return switch (word.parties()) {
      case ANY -> true;
      case OBJECT ->
          word.verb()
              ? (!d.children(trigger, "obj", "nsubj:pass").isEmpty()
                      // "will visit here": the place the story is filed from
                      || word.sense().equals("visit") && GroupNouns.here(d, trigger).isPresent())
                  && !counterparts.isEmpty()
              : !counterparts.isEmpty();
      case WITH -> found.withCounterpart() || found.ownBody();
      case BODY ->
          !counterparts.isEmpty() && counterparts.stream().allMatch(parties::deliberativeBody);
      // "Jopling, in a speech to the Commodity Club": its audience, an organisation, is there
      case AUDIENCE ->
          found.withCounterpart()
              && !counterparts.isEmpty()
              && counterparts.stream().allMatch(e -> e.kind() == EntityKind.ORGANIZATION);
    };
  }

  /** The meeting the trigger describes, with its date, place, status and mode. */
  private Meeting meeting(
      Deps d,
      int trigger,
      MeetingWords.Trigger word,
      Set<EntityRef> participants,
      List<Ref> refsFound) {
    Circumstances.Found c = circumstances.of(d, trigger, word, participants);
    Meeting m = MeetingReports.of(d, trigger, participants, refsFound, c);
    c.period().ifPresent(p -> periods.noted(m, p));
    return m;
  }

  /** Whether an organisation is a political party ({@link PartyNames#isParty}). */
  private boolean politicalParty(EntityRef e) {
    var draft = e.kind() == EntityKind.ORGANIZATION ? mentions.draft(e) : null;
    return draft != null && PartyNames.isParty(draft.label());
  }
}
