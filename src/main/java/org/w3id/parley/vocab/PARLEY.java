package org.w3id.parley.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Parley vocabulary, {@code https://w3id.org/parley/ontology#}, shaped like Jena's own {@code
 * FOAF} class. The ontology itself (labels, domains, ranges, alignments) is {@code
 * ontology/parley.ttl}.
 *
 * <pre>{@code
 * model.add(person, RDF.type, PARLEY.Person);
 * }</pre>
 */
public final class PARLEY {
  /** The ontology namespace. */
  public static final String NS = "https://w3id.org/parley/ontology#";

  /** Base of every resource IRI Parley mints. */
  public static final String ID = "https://w3id.org/parley/id/";

  public static final Resource Article = resource("Article");
  public static final Resource Entity = resource("Entity");
  public static final Resource Person = resource("Person");
  public static final Resource Country = resource("Country");
  public static final Resource Place = resource("Place");
  public static final Resource Organization = resource("Organization");
  public static final Resource Meeting = resource("Meeting");
  public static final Resource Statement = resource("Statement");
  public static final Resource Mention = resource("Mention");
  public static final Resource MeetingStatus = resource("MeetingStatus");
  public static final Resource Held = resource("Held");
  public static final Resource Planned = resource("Planned");
  public static final Resource Cancelled = resource("Cancelled");
  public static final Resource MeetingMode = resource("MeetingMode");
  public static final Resource InPerson = resource("InPerson");
  public static final Resource Call = resource("Call");
  public static final Resource Merge = resource("Merge");
  public static final Resource Unmerge = resource("Unmerge");
  public static final Resource RoleCheck = resource("RoleCheck");

  public static final Property id = property("id");
  public static final Property published = property("published");
  public static final Property title = property("title");
  public static final Property url = property("url");
  public static final Property text = property("text");
  public static final Property sha256 = property("sha256");
  public static final Property extractor = property("extractor");

  public static final Property role = property("role");
  public static final Property represents = property("represents");
  public static final Property iso2 = property("iso2");
  public static final Property iso3 = property("iso3");
  public static final Property country = property("country");
  public static final Property geonamesId = property("geonamesId");

  public static final Property participant = property("participant");
  public static final Property location = property("location");
  public static final Property date = property("date");
  public static final Property status = property("status");
  public static final Property mode = property("mode");
  public static final Property evidence = property("evidence");

  public static final Property speaker = property("speaker");
  public static final Property quote = property("quote");
  public static final Property direct = property("direct");
  public static final Property addressee = property("addressee");
  public static final Property about = property("about");
  public static final Property speakerMention = property("speakerMention");

  public static final Property article = property("article");
  public static final Property begin = property("begin");
  public static final Property end = property("end");
  public static final Property anchor = property("anchor");
  public static final Property sentence = property("sentence");

  public static final Property person = property("person");
  public static final Property name = property("name");
  public static final Property method = property("method");
  public static final Property score = property("score");
  public static final Property decided = property("decided");
  public static final Property wikipedia = property("wikipedia");
  public static final Property agrees = property("agrees");
  public static final Property wikidataPositions = property("wikidataPositions");

  private PARLEY() {}

  private static Resource resource(String local) {
    return ResourceFactory.createResource(NS + local);
  }

  private static Property property(String local) {
    return ResourceFactory.createProperty(NS + local);
  }
}
