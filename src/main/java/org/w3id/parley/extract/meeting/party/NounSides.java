package org.w3id.parley.extract.meeting.party;

import java.util.ArrayList;
import java.util.List;
import org.w3id.parley.extract.entity.Ref;

/**
 * The sides of a meeting noun as {@link NounParties} gathers them, construction by construction.
 */
final class NounSides {
  /** The side that acts: the subject, possessor or visitor. */
  final List<Ref> first = new ArrayList<>();

  /** The other sides. */
  final List<Ref> other = new ArrayList<>();

  /** Organisations that hold the meeting as a body ("the NAACP convention"). */
  final List<Ref> bodies = new ArrayList<>();

  /** Counterparts the noun or its clause names itself ("a call with Y"), not only modifiers. */
  final List<Ref> explicit = new ArrayList<>();

  /** The noun's name modifiers ("the Trump-Biden debate"). */
  final List<Ref> modified = new ArrayList<>();

  /** Subjects of a light verb ("X and Y held a call"). */
  final List<Ref> subjects = new ArrayList<>();

  /** Countries visited, the host side unless the sentence names whom the visit is with. */
  final List<Ref> destinations = new ArrayList<>();
}
