package org.w3id.parley.extract.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.parley.extract.text.WordList;

/**
 * The political party an organisation name stands for, from the documented list {@code
 * party-names.tsv}: its other names ("GOP", "Democrats"), and the national convention or conference
 * named for it ("the Democratic National Convention", "the 2020 Constitution Party National
 * Convention"), which is a meeting of the party.
 *
 * <pre>{@code
 * PartyNames.of("GOP");                              // "Republican Party"
 * PartyNames.of("Democratic National Convention");   // "Democratic Party"
 * }</pre>
 */
public final class PartyNames {
  private static final Map<String, String> PARTY = new HashMap<>();

  /** "[2020] X [Party] National Convention", "X Party Conference": the party a meeting is of. */
  private static final Pattern CONVENTION =
      Pattern.compile(
          "(?:(?:19|20)\\d\\d\\s+)?(.+?)\\s+(?:National\\s+Convention|(?:Annual\\s+)?Conference"
              + "|Convention)");

  static {
    for (String[] r : WordList.rows(PartyNames.class, "party-names.tsv", 2)) {
      PARTY.put(r[0], r[0]);
      for (String alias : r[1].split("\\|")) {
        PARTY.put(alias.strip(), r[0]);
      }
    }
  }

  private PartyNames() {}

  /**
   * Whether a name is a political party's: one of the list's, or named as a party ("the Republican
   * Party of Wyoming", "the Life and Liberty Party"; not "the Tea Party Coalition").
   */
  public static boolean isParty(String name) {
    return of(name).isPresent() || name.endsWith(" Party") || name.contains(" Party of ");
  }

  /** The party the name stands for, if it is one of the list's names or a party's convention. */
  public static Optional<String> of(String name) {
    String party = PARTY.get(name);
    if (party != null) {
      return Optional.of(party);
    }
    Matcher m = CONVENTION.matcher(name);
    if (m.matches()) {
      String body = m.group(1);
      if (PARTY.containsKey(body)) {
        return Optional.of(PARTY.get(body));
      }
      if (PARTY.containsKey(body + " Party")) {
        return Optional.of(PARTY.get(body + " Party")); // "the Libertarian National Convention"
      }
      if (body.endsWith(" Party")) {
        return Optional.of(body);
      }
    }
    return Optional.empty();
  }
}
