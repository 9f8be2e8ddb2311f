/**
 * CoreNLP parser errors the meeting rules read through, mended before they look at a sentence
 * ({@link org.w3id.parley.extract.meeting.repair.Reattachments#of}).
 */
package org.w3id.parley.extract.meeting.repair;
