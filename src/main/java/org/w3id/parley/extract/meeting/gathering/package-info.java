/**
 * Kinds of gathering with rules of their own: debates and their debaters ({@link
 * org.w3id.parley.extract.meeting.gathering.Debates}), party conventions, state visits and their
 * hosts, and visits a meeting already covers.
 */
package org.w3id.parley.extract.meeting.gathering;
