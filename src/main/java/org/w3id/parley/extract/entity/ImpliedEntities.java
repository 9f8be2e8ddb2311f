package org.w3id.parley.extract.entity;

import java.util.Locale;

/**
 * Entities an article implies without naming them, so that a meeting with them is not lost: the
 * holder of an office ("Smith met Mexico's president") and a candidate's campaign ("Trump aides",
 * "the Sanders campaign"). Each is one node per article, mentioned by the words that imply it.
 */
public final class ImpliedEntities {
  private ImpliedEntities() {}

  /**
   * The holder of an office the article names without naming the person: one person per office and
   * country, labelled "President of Mexico", with the role and the country it represents, so a
   * query can find the named holder by role and country.
   *
   * @param role the canonical role, lower case ("president", "foreign minister")
   * @param iso the country's ISO code
   */
  public static EntityRef officeHolder(
      Mentions mentions, int sentence, int first, int last, String role, String iso) {
    EntityRef ref =
        new EntityRef(
            EntityKind.PERSON, "office-" + Names.slug(role) + "-" + iso.toLowerCase(Locale.ROOT));
    EntityDraft country = mentions.draft(new EntityRef(EntityKind.COUNTRY, iso));
    String countryName = country == null ? iso : country.label;
    String title = Character.toUpperCase(role.charAt(0)) + role.substring(1);
    EntityDraft d = mentions.implied(ref, title + " of " + countryName, sentence, first, last);
    d.officeRoles.add(role);
    d.officeCountries.add(iso);
    return ref;
  }

  /**
   * A candidate's campaign, an organisation of its own named after the person ("Donald Trump
   * campaign").
   */
  public static EntityRef campaign(
      Mentions mentions, int sentence, int first, int last, EntityRef person) {
    EntityRef ref = new EntityRef(EntityKind.ORGANIZATION, "campaign-" + person.key());
    EntityDraft p = mentions.draft(person);
    String name = p == null ? person.key() : p.label;
    mentions.implied(ref, name + " campaign", sentence, first, last);
    return ref;
  }
}
