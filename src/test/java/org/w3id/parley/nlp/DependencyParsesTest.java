package org.w3id.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyParsesTest {
  @Test
  void aConjunctionInsideAnOrganisationsOrPlacesNameIsAJoint() {
    List<CoreLabel> tokens =
        labels(
            "with/IN/O the/DT/O Savings/NNPS/ORGANIZATION and/CC/ORGANIZATION Loan/NNP/ORGANIZATION"
                + " Corp/NNP/ORGANIZATION ,/,/O Trinidad/NNP/LOCATION and/CC/LOCATION"
                + " Tobago/NNP/LOCATION and/CC/O Ford/NNP/ORGANIZATION");
    List<CoreLabel> joints = DependencyParses.nameJoints(tokens);
    assertEquals(List.of(tokens.get(3), tokens.get(8)), joints);
    List<CoreLabel> untagged = labels("Savings/NNPS/O and/CC/O Loan/NNP/O");
    untagged.forEach(t -> t.setNER(null)); // a pipeline without NER
    assertEquals(List.of(), DependencyParses.nameJoints(untagged));
  }

  private static List<CoreLabel> labels(String tagged) {
    List<CoreLabel> out = new ArrayList<>();
    for (String t : tagged.split(" ")) {
      String[] f = t.split("/");
      CoreLabel l = new CoreLabel();
      l.setWord(f[0]);
      l.setTag(f[1]);
      l.setNER(f[2]);
      out.add(l);
    }
    return out;
  }
}
