/**
 * Resolution: which persons of different articles are one real person, decided from all the
 * articles' own descriptions at once ({@link org.w3id.parley.resolve.PersonResolution}), so that
 * the same articles give the same graph whatever order they are read in and however many workers
 * read them. Extraction describes; resolution decides identity across articles.
 */
package org.w3id.parley.resolve;
