package org.w3id.parley.extract.statement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.text.Evidence;

/**
 * Something a person or organisation said, as one article reports it.
 *
 * @param speaker who said it, if the attribution could be resolved
 * @param quote the quoted words (direct) or the reported content (indirect); parts of a quote
 *     interrupted by its attribution are joined with " … "
 * @param direct whether the words are quoted verbatim
 * @param date when it was said: a day named in the attribution, else the publication date
 * @param addressees whom it was said to, when the text names them
 * @param about entities named inside the quote
 * @param evidence the quote or content span (from the first quoted character to the last)
 * @param speakerMention the words that introduce the speaker in this attribution ("Lavrov", "he",
 *     "the minister")
 */
public record Statement(
    Optional<EntityRef> speaker,
    String quote,
    boolean direct,
    Optional<LocalDate> date,
    Set<EntityRef> addressees,
    Set<EntityRef> about,
    Evidence evidence,
    Optional<Evidence> speakerMention) {
  public Statement {
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(evidence, "evidence");
    addressees = org.w3id.parley.extract.text.StableSets.copyOf(addressees);
    about = org.w3id.parley.extract.text.StableSets.copyOf(about);
    if (quote.isBlank()) {
      throw new IllegalArgumentException("blank quote");
    }
  }
}
