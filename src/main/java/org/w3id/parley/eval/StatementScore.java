package org.w3id.parley.eval;

/**
 * Statement scores on a gold split, with the same fields and rules as PolNeAR's reference scorer.
 *
 * @param articles articles scored
 * @param gold gold relations (source and content)
 * @param goldDirect gold relations whose content holds a double quotation mark
 * @param system attributed system statements
 * @param unattributed system statements without any speaker
 * @param contentTp one-to-one content matches
 * @param fullTp one-to-one content-and-speaker matches
 * @param directContentTp content matches of direct gold quotes
 * @param directFullTp full matches of direct gold quotes
 * @param systemContentAny system statements matching some gold content (no one-to-one constraint)
 * @param systemFullAny system statements fully matching some gold relation (no one-to-one
 *     constraint)
 */
public record StatementScore(
    int articles,
    int gold,
    int goldDirect,
    int system,
    int unattributed,
    int contentTp,
    int fullTp,
    int directContentTp,
    int directFullTp,
    int systemContentAny,
    int systemFullAny) {

  public double contentP() {
    return ratio(contentTp, system);
  }

  public double contentR() {
    return ratio(contentTp, gold);
  }

  public double contentF1() {
    return f1(contentP(), contentR());
  }

  public double fullP() {
    return ratio(fullTp, system);
  }

  public double fullR() {
    return ratio(fullTp, gold);
  }

  public double fullF1() {
    return f1(fullP(), fullR());
  }

  public double directContentR() {
    return ratio(directContentTp, goldDirect);
  }

  public double directFullR() {
    return ratio(directFullTp, goldDirect);
  }

  /** Share of all system statements (attributed or not) that have no speaker. */
  public double unattributedShare() {
    return ratio(unattributed, system + unattributed);
  }

  public double speakerAccuracyGivenContent() {
    return ratio(fullTp, contentTp);
  }

  public double contentPManyToOne() {
    return ratio(systemContentAny, system);
  }

  public double fullPManyToOne() {
    return ratio(systemFullAny, system);
  }

  /** Adds the counts of another split or article. */
  public StatementScore plus(StatementScore o) {
    return new StatementScore(
        articles + o.articles,
        gold + o.gold,
        goldDirect + o.goldDirect,
        system + o.system,
        unattributed + o.unattributed,
        contentTp + o.contentTp,
        fullTp + o.fullTp,
        directContentTp + o.directContentTp,
        directFullTp + o.directFullTp,
        systemContentAny + o.systemContentAny,
        systemFullAny + o.systemFullAny);
  }

  static StatementScore zero() {
    return new StatementScore(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0.0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
