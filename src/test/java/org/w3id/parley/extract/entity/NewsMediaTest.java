package org.w3id.parley.extract.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NewsMediaTest {
  @Test
  void aNameWithAMediaWordIsANewsMedium() {
    assertTrue(NewsMedia.is("The Washington Post"));
    assertTrue(NewsMedia.is("Fox News"));
    assertTrue(NewsMedia.is("Reuters"));
    assertFalse(NewsMedia.is("Newsom Holdings"), "whole words only");
    assertFalse(NewsMedia.is("Acme Corp"));
  }

  @Test
  void aCountrysPostIsItsPostalService() {
    assertFalse(NewsMedia.is("Canada Post"));
    assertFalse(NewsMedia.is("the Canada Post"));
    assertTrue(NewsMedia.is("the Jerusalem Post"), "a city's post is a newspaper");
  }
}
