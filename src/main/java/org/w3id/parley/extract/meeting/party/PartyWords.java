package org.w3id.parley.extract.meeting.party;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.ClauseAnaphora;
import org.w3id.parley.extract.entity.EntityDraft;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Mention;
import org.w3id.parley.extract.entity.Mentions;
import org.w3id.parley.extract.entity.QuotedSpeaker;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.entity.References;
import org.w3id.parley.extract.entity.RoleFinder;
import org.w3id.parley.extract.meeting.Meeting;
import org.w3id.parley.extract.meeting.MeetingWords;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.Span;
import org.w3id.parley.nlp.Token;

/**
 * What one word of a meeting's sentence stands for as parties: a name, pronoun or title through
 * {@link References}; the names a plural noun spells out; "the two firms" ({@link PluralAnaphora});
 * "I" in an interview answer ({@link Transcript}); else the body or country a group noun stands for
 * ({@link GroupNouns}). News media are never parties, and some organisations are bodies one
 * addresses ({@code bodies.txt}).
 */
public final class PartyWords {
  private final Mentions mentions;

  private final References refs;

  private final GroupNouns groups;

  private final Transcript transcript;

  private final PluralAnaphora pair;

  PartyWords(
      Mentions mentions, References refs, List<QuotedSpeaker> quoted, List<Meeting> reported) {
    this.mentions = mentions;
    this.refs = refs;
    this.pair = new PluralAnaphora(mentions, refs, reported);
    this.groups = new GroupNouns(mentions, refs, pair);
    this.transcript = new Transcript(mentions, quoted);
  }

  /** Whether a character offset lies inside a direct quote. */
  boolean inQuote(int offset) {
    return refs.inQuote(offset);
  }

  GroupNouns groups() {
    return groups;
  }

  /**
   * The entities a word refers to, with its conjuncts: a name, pronoun or title, else the body or
   * country a group noun stands for.
   */
  public List<Ref> resolve(Deps d, int k) {
    List<Ref> out = new ArrayList<>();
    List<Integer> words = new ArrayList<>(List.of(k));
    words.addAll(d.children(k, "conj"));
    for (int x : d.children(k, "nmod", "appos", "dep")) {
      // "between Algeria's Entreprise Nationale … (ENOF) and Spain's Almaden": the parser joins
      // the second name to the first one's abbreviation.
      if (sameEntity(d, k, x)) {
        words.addAll(d.children(x, "conj"));
      }
    }
    // the members named take part, beside what the group noun stands for
    words.addAll(included(d, k));
    for (int c : d.children(k, "compound")) {
      // "meet President Reagan, Vice President George Bush and Secretary of State George Shultz",
      // "met with Baldrige and State Department officials": the parser makes the list before the
      // last name (or noun) compounds of it.
      if (!d.children(c, "conj").isEmpty() && otherEntity(d, k, c)) {
        words.add(c);
        d.children(c, "conj").stream().filter(x -> otherEntity(d, k, x)).forEach(words::add);
      }
    }
    for (int w : words) {
      out.addAll(word(d, w));
      out.addAll(groups.leader(d, w));
      out.addAll(counterpartOf(d, w));
    }
    return out;
  }

  /**
   * The members a word for a group is said to include, with their conjuncts: "top Senate Democrats,
   * including Harry Reid and Pat Leahy", "several leaders, such as Merkel".
   */
  static List<Integer> included(Deps d, int k) {
    List<Integer> out = new ArrayList<>();
    for (int x : d.children(k, "nmod:including", "nmod:such_as")) {
      out.add(x);
      out.addAll(d.children(x, "conj"));
    }
    return out;
  }

  /**
   * "talks with his Turkish counterpart Mevlut Cavusoglu", "met Lavrov's counterpart": whose
   * counterpart it is takes part too, as the other side.
   */
  private List<Ref> counterpartOf(Deps d, int w) {
    if (!d.token(w).lemma().equals("counterpart")) {
      return List.of();
    }
    List<Ref> out = new ArrayList<>();
    for (int p : d.children(w, "nmod:poss")) {
      out.addAll(refs.resolve(d, p));
    }
    return out;
  }

  private boolean sameEntity(Deps d, int a, int b) {
    var x = mentions.at(d.sentence().index(), a);
    var y = mentions.at(d.sentence().index(), b);
    return x.isPresent() && y.isPresent() && x.get().ref().equals(y.get().ref());
  }

  /** Whether word b names an entity that word a, a name of another or a common noun, is not. */
  private boolean otherEntity(Deps d, int a, int b) {
    var x = mentions.at(d.sentence().index(), a);
    var y = mentions.at(d.sentence().index(), b);
    return y.isPresent() && (x.isEmpty() || !x.get().ref().equals(y.get().ref()));
  }

  /** The entities one word refers to, without its conjuncts. */
  List<Ref> word(Deps d, int w) {
    if (journalist(d, w)) {
      return List.of(); // "discussed the controversy with radio host Hugh Hewitt": an interview
    }
    List<Ref> named = described(d, w);
    if (named.isEmpty()) {
      named = groups.campaign(d, w).stream().toList();
    }
    if (named.isEmpty()) {
      named = members(d, w);
    }
    if (named.isEmpty()) {
      named = pair.resolve(d, w);
    }
    if (named.isEmpty() && !indefinite(d, w) && !thing(d, w)) {
      named = refs.resolve(d, w);
    }
    if (named.isEmpty()) {
      Token t = d.token(w);
      named = transcript.speaker(t).map(r -> List.of(new Ref(r, span(t)))).orElse(List.of());
    }
    if (named.isEmpty()) {
      named = saidByGroup(d, w);
    }
    return named.isEmpty() ? groups.of(d, w) : named;
  }

  /**
   * "Peruvian officials said they would meet Mexican officials", "the Japanese delegation said it
   * would …": "they" or "it" as the subject of a clause that another clause governs stands for the
   * group noun that governing clause has for subject, as {@link ClauseAnaphora} has it stand for a
   * name; the pronoun's number must be the noun's.
   */
  private List<Ref> saidByGroup(Deps d, int i) {
    Token t = d.token(i);
    String word = t.text().toLowerCase(java.util.Locale.ROOT);
    List<Integer> subjects =
        word.equals("they") || word.equals("it")
            ? ClauseAnaphora.governingSubjects(d, i)
            : List.of();
    if (subjects.size() != 1) {
      return List.of();
    }
    Token noun = d.token(subjects.get(0));
    if (noun.isProperNoun()
        || !GroupNouns.isGroupNoun(noun)
        || noun.pos().equals("NNS") != word.equals("they")) {
      return List.of();
    }
    return groups.of(d, subjects.get(0)).stream().map(r -> new Ref(r.entity(), span(t))).toList();
  }

  /**
   * The person a common noun set in apposition describes: "Laurence Meyer, a former Fed governor
   * who argued with Brainard" (the one who argued is Meyer, not the Fed the noun is of).
   */
  private List<Ref> described(Deps d, int w) {
    Token t = d.token(w);
    int head = d.head(w);
    if (head < 0 || !d.headRelation(w).equals("appos") || !t.pos().startsWith("NN")) {
      return List.of();
    }
    if (t.isProperNoun()) {
      return List.of();
    }
    return refs.resolve(d, head).stream()
        .filter(r -> r.entity().kind() == EntityKind.PERSON)
        .toList();
  }

  /**
   * Whether a name is introduced as a journalist's or a news medium's ("radio host Hugh Hewitt",
   * "newspaper Star of Mysore", "Martin Smith of PBS").
   */
  private boolean journalist(Deps d, int w) {
    if (mentions
        .at(d.sentence().index(), w)
        .filter(
            m -> m.ref().kind() == EntityKind.PERSON || m.ref().kind() == EntityKind.ORGANIZATION)
        .isEmpty()) {
      return false;
    }
    if (d.children(w, "nmod:of").stream()
        .flatMap(k -> mentions.at(d.sentence().index(), k).stream())
        .anyMatch(m -> medium(m.ref()))) {
      return true; // "Martin Smith of PBS"
    }
    List<Integer> words = new ArrayList<>(d.children(w, "compound", "appos", "amod", "nmod:poss"));
    int head = d.head(w);
    if (head >= 0 && d.headRelation(w).startsWith("appos")) {
      words.add(head); // "Hugh Hewitt, a radio host"
    }
    if (words.stream().anyMatch(k -> MeetingWords.JOURNALISTS.contains(d.token(k).lemma()))) {
      return true;
    }
    int first = w;
    while (first > 0 && d.token(first - 1).isProperNoun()) {
      first--;
    }
    if (first > 0
        && MeetingWords.JOURNALISTS.contains(d.token(first - 1).text().toLowerCase(Locale.ROOT))
        // not the verb of a clause: "Merkel will host Macron", "to host Lopez"
        && d.children(first - 1, "nsubj", "aux", "mark").isEmpty()) {
      return true; // "co-host Mika Brzezinski", however the parser tagged the title
    }
    // "ABC's George Stephanopoulos", "Fox News' Sean Hannity": a news medium's own person
    return d.children(w, "nmod:poss").stream()
        .flatMap(k -> mentions.at(d.sentence().index(), k).stream())
        .anyMatch(m -> medium(m.ref()));
  }

  private static Span span(Token t) {
    return new Span(t.begin(), t.end());
  }

  /**
   * "two different universities: Saint Louis University and UTT [University of Texas at Tyler]": a
   * plural noun that names no one stands for the names that spell it out.
   */
  private List<Ref> members(Deps d, int k) {
    List<Ref> out = new ArrayList<>();
    if (!d.token(k).pos().equals("NNS") || mentions.at(d.sentence().index(), k).isPresent()) {
      return out;
    }
    for (int c : d.children(k, "appos", "dep")) {
      List<Integer> names = new ArrayList<>(List.of(c));
      names.addAll(d.children(c, "conj"));
      for (int x : names) {
        List<Ref> r = refs.resolve(d, x);
        if (r.isEmpty()) {
          for (int a : d.children(x, "appos")) {
            r = refs.resolve(d, a); // "UTT [University of Texas at Tyler]"
          }
        }
        r.stream().filter(n -> n.entity().kind() != EntityKind.PLACE).forEach(out::add);
      }
    }
    return out;
  }

  /**
   * "called Donald Trump's idea stupid", "criticised Obama's ignorance", "receives bad news after
   * separation from Huma Abedin": a common noun that is no role or group names a thing, not the
   * person its modifiers name.
   */
  private boolean thing(Deps d, int k) {
    Token t = d.token(k);
    return t.pos().startsWith("NN")
        && !t.isProperNoun()
        && mentions.at(d.sentence().index(), k).isEmpty()
        && d.children(k).stream().anyMatch(e -> e.relation().startsWith("nmod"))
        && RoleFinder.roleAt(d.sentence().tokens(), k).isEmpty()
        && groups.of(d, k).isEmpty()
        && !GroupNouns.isGroupNoun(t);
  }

  /**
   * "a meeting between Biden and a Ukrainian adviser": a common noun after "a" brings in someone
   * new, not the adviser the article named before.
   */
  private static boolean indefinite(Deps d, int k) {
    Token t = d.token(k);
    return t.pos().startsWith("NN")
        && !t.isProperNoun()
        && d.children(k, "det").stream()
            .anyMatch(x -> Set.of("a", "an", "another").contains(d.token(x).lemma()));
  }

  /**
   * The persons, countries and organisations among refs, each once, in order; news media are left
   * out (an interview is not a meeting), and so is a candidate whose own campaign is there.
   */
  Set<EntityRef> parties(List<Ref> refs) {
    Set<EntityRef> out = new LinkedHashSet<>();
    for (Ref r : refs) {
      if (r.entity().kind() != EntityKind.PLACE && !medium(r.entity())) {
        out.add(r.entity());
      }
    }
    // A candidate and their own campaign are one side ("Trump and his campaign"), not two.
    out.removeIf(e -> e.kind() == EntityKind.PERSON && out.contains(GroupNouns.campaignOf(e)));
    return out;
  }

  /** Whether e is a news medium ({@link org.w3id.parley.extract.entity.NewsMedia}). */
  boolean medium(EntityRef e) {
    return e.kind() == EntityKind.ORGANIZATION
        && org.w3id.parley.extract.entity.NewsMedia.is(label(e));
  }

  /** Whether e is an organisation one addresses as a body ("the National Economic Council"). */
  boolean deliberativeBody(EntityRef e) {
    return nameHas(e, MeetingWords.BODIES);
  }

  /** The name an entity goes by in this article. */
  String label(EntityRef e) {
    EntityDraft draft = mentions.draft(e);
    return draft == null ? e.key() : draft.label();
  }

  /** Whether e is an organisation whose name holds one of the words, as a whole word. */
  private boolean nameHas(EntityRef e, Set<String> words) {
    if (e.kind() != EntityKind.ORGANIZATION) {
      return false;
    }
    EntityDraft draft = mentions.draft(e);
    String name = draft == null ? e.key() : draft.label();
    for (String w : name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (words.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The organisations whose names end right before token i, joined by "and" or commas ("the Group
   * of Five and Group of Seven meetings").
   */
  List<Ref> orgsBefore(Deps d, int i) {
    List<Ref> out = new ArrayList<>();
    int k = i - 1;
    while (k >= 0) {
      Optional<Mention> m = mentions.at(d.sentence().index(), k);
      if (m.isEmpty()
          || m.get().ref().kind() != EntityKind.ORGANIZATION
          || m.get().last() != k
          || refs.inQuote(m.get().span().begin())) {
        break;
      }
      out.add(0, new Ref(m.get().ref(), m.get().span()));
      k = m.get().first() - 1;
      if (k < 0 || !d.token(k).text().matches("and|,|&")) {
        break;
      }
      k--;
    }
    return out;
  }

  /** The persons named nearest to token i in its sentence, outside quotes, nearest first. */
  List<Ref> personsNear(Deps d, int i, int max) {
    List<Mention> found = new ArrayList<>();
    for (Mention m : mentions.all()) {
      if (m.sentence() == d.sentence().index()
          && m.ref().kind() == EntityKind.PERSON
          && !refs.inQuote(m.span().begin())
          && found.stream().noneMatch(f -> f.ref().equals(m.ref()))) {
        found.add(m);
      }
    }
    found.sort(
        java.util.Comparator.comparingInt(
            m -> Math.min(Math.abs(m.first() - i), Math.abs(m.last() - i))));
    return found.stream().limit(max).map(m -> new Ref(m.ref(), m.span())).toList();
  }

  /**
   * The person named last before token i in its sentence as a subject, else named last at all,
   * outside quotes: in "Thunberg has met leaders, meeting with Pope Francis and speaking to
   * Congress" the one who speaks is Thunberg, not the Pope she met.
   */
  Optional<Ref> personBefore(Deps d, int i) {
    Mention best = null;
    Mention subject = null;
    for (Mention m : mentions.all()) {
      if (m.sentence() == d.sentence().index()
          && m.last() < i
          && m.ref().kind() == EntityKind.PERSON
          && !refs.inQuote(m.span().begin())) {
        best = m;
        if (d.headRelation(m.last()).startsWith("nsubj")) {
          subject = m;
        }
      }
    }
    return Optional.ofNullable(subject != null ? subject : best)
        .map(m -> new Ref(m.ref(), m.span()));
  }
}
