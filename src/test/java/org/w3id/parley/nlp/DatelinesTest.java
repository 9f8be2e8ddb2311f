package org.w3id.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatelinesTest {
  @Test
  void reutersDatelineBecomesItsOwnParagraphOfTheSameLength() {
    String text = "KAMPALA, March 3 - A World Bank team arrived in Uganda for talks.";
    String masked = Datelines.mask(text);
    assertEquals(text.length(), masked.length());
    assertEquals("KAMPALA, March 3\n\n A World Bank team arrived in Uganda for talks.", masked);
  }

  @Test
  void datelineWithRegionAgencyAndEmDashAfterATitle() {
    String text = "Clinton on Iran.  WASHINGTON, Dec. 8 (UPI) — In response to the plan, she said.";
    assertEquals(
        "Clinton on Iran.  WASHINGTON, Dec. 8 (UPI)\n\n In response to the plan, she said.",
        Datelines.mask(text));
    String us = "date\nCHANTILLY, Va., March 24 - Fairchild Industries Inc said it will ask.";
    assertEquals(
        "date\nCHANTILLY, Va., March 24\n\n Fairchild Industries Inc said it will ask.",
        Datelines.mask(us));
  }

  @Test
  void aTitleCasePlaceIsADatelineOnlyWithAnAgency() {
    String text = "Title.\n\nWashington (AFP) – Hillary Clinton has taken a swipe at the plan.";
    assertEquals(
        "Title.\n\nWashington (AFP)\n\n Hillary Clinton has taken a swipe at the plan.",
        Datelines.mask(text));
    String plain = "Title.\n\nHillary Clinton – the candidate – took a swipe at the plan.";
    assertEquals(plain, Datelines.mask(plain));
  }

  @Test
  void textWithoutDatelineIsUnchanged() {
    String text = "Sergey Lavrov met Ilham Aliyev - the talks went well. NATO - a topic - came up.";
    assertEquals(text, Datelines.mask(text));
  }
}
