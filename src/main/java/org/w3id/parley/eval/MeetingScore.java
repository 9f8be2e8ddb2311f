package org.w3id.parley.eval;

/**
 * Meeting scores: matches by participants alone, with the date too, and with date and status (the
 * full match).
 *
 * @param articles articles scored
 * @param gold gold meetings
 * @param system system meetings
 * @param participantsTp one-to-one matches on participants (two or more matched by name)
 * @param datedTp matches on participants and date
 * @param fullTp matches on participants, date and status
 */
public record MeetingScore(
    int articles, int gold, int system, int participantsTp, int datedTp, int fullTp) {
  public double p(int tp) {
    return system == 0 ? 0.0 : (double) tp / system;
  }

  public double r(int tp) {
    return gold == 0 ? 0.0 : (double) tp / gold;
  }

  public double f1(int tp) {
    double p = p(tp);
    double r = r(tp);
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  MeetingScore plus(MeetingScore o) {
    return new MeetingScore(
        articles + o.articles,
        gold + o.gold,
        system + o.system,
        participantsTp + o.participantsTp,
        datedTp + o.datedTp,
        fullTp + o.fullTp);
  }
}
