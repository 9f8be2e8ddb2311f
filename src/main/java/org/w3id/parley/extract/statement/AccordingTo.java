package org.w3id.parley.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.w3id.parley.extract.entity.EntityKind;
import org.w3id.parley.extract.entity.EntityRef;
import org.w3id.parley.extract.entity.Ref;
import org.w3id.parley.extract.entity.References;
import org.w3id.parley.extract.text.Deps;
import org.w3id.parley.extract.text.Span;

/** Reported speech by "according to". */
final class AccordingTo {
  private final References refs;
  private final Contents contents;

  AccordingTo(References refs, Contents contents) {
    this.refs = refs;
    this.contents = contents;
  }

  /**
   * "…, according to X." / "According to X, …": the rest of the sentence is what X says. The parser
   * often hangs the phrase on the wrong word ("obj(helped, tally)"), so the content is taken by
   * position: the words after the phrase when it opens the sentence, before it when it closes the
   * sentence, else the whole sentence around it.
   */
  Optional<Attribution.Found> of(Deps d, int i) {
    List<Integer> marker = new ArrayList<>();
    for (int k : d.children(i, "case")) {
      if (d.token(k).lemma().equals("accord")) {
        marker.add(k);
      }
    }
    if (marker.isEmpty()) {
      return Optional.empty();
    }
    TreeSet<Integer> phrase = new TreeSet<>(d.subtree(i, x -> true));
    phrase.addAll(marker);
    phrase.removeIf(k -> Contents.isEdgeNoise(d.token(k)));
    if (phrase.first() == marker.get(0)) {
      // "According to X, …": the phrase ends at its comma, however the parser hung the rest
      int comma = i;
      while (comma < d.size() && !d.token(comma).text().equals(",")) {
        comma++;
      }
      phrase.subSet(comma, d.size()).clear();
    }
    List<Integer> words = new ArrayList<>();
    for (int k = 0; k < d.size(); k++) {
      if (!Contents.isEdgeNoise(d.token(k))) {
        words.add(k);
      }
    }
    if (words.isEmpty()) {
      return Optional.empty();
    }
    List<Integer> rest = new ArrayList<>();
    boolean opens = phrase.first() <= words.get(0);
    boolean closes = phrase.last() >= words.get(words.size() - 1);
    for (int k = 0; k < d.size(); k++) {
      boolean after = k > phrase.last();
      boolean before = k < phrase.first();
      if (opens ? after : closes ? before : !phrase.contains(k)) {
        rest.add(k);
      }
    }
    Optional<Span> content = contents.of(d, rest, i);
    if (content.isEmpty()) {
      return Optional.empty();
    }
    // "according to exit polls": a source that is not an entity still names who says it.
    List<Ref> who =
        refs.resolve(d, i).stream().filter(r -> r.entity().kind() != EntityKind.PLACE).toList();
    Optional<Span> source =
        who.isEmpty() ? Optional.of(SourceWords.phrase(d, i)) : Optional.of(who.get(0).words());
    Optional<EntityRef> entity =
        who.isEmpty() ? Optional.empty() : Optional.of(who.get(0).entity());
    return Optional.of(new Attribution.Found(d.sentence(), i, entity, source, Set.of(), content));
  }
}
