package org.w3id.parley.nlp;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Tags;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.ling.tokensregex.types.ValueFunction;
import edu.stanford.nlp.ling.tokensregex.types.ValueFunctions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Properties;

/**
 * Makes a SUTime annotator reusable across documents. SUTime's last English rules mark a time as
 * past or future from a nearby verb ({@code VTag($0[-1].temporal.value, "resolveTo",
 * RESOLVE_TO_PAST)} after "said", "will", ...), and that tag lands on the rule's value, which is
 * shared by every later match of the rule: after one article's "said ... Wednesday", a bare
 * "Wednesday" in the next article resolves to the past (CoreNLP issue #1061). That tag is the only
 * thing SUTime's rules write into themselves, so journaling each tag write and undoing the journal
 * after each document gives every document the annotator's fresh state, which is what a new
 * annotator per document (about 40 ms of rule parsing each) gave before.
 *
 * <p>SUTime loads it as a binder ({@code sutime.binders}), which rebinds {@code VTag} in the
 * annotator's own rule environment, so other SUTime instances in the JVM are untouched. The journal
 * is per thread: a thread undoes what its own annotation wrote.
 *
 * <pre>{@code
 * try { annotator.annotate(doc); } finally { ValueTagJournal.undo(); }
 * }</pre>
 */
public final class ValueTagJournal implements Env.Binder {
  private static final ThreadLocal<Deque<Write>> JOURNAL = ThreadLocal.withInitial(ArrayDeque::new);

  /** CoreNLP's own VTag, with each write journaled first (its interface uses raw values). */
  @SuppressWarnings("rawtypes")
  private static final ValueFunction JOURNALED_VTAG =
      new ValueFunction() {
        @Override
        public boolean checkArgs(List<Value> in) {
          return ValueFunctions.SET_VALUE_TAG_FUNCTION.checkArgs(in);
        }

        @Override
        public Value apply(Env env, List<Value> in) {
          Value<?> v = in.get(0);
          Tags tags = v.getTags();
          String tag = (String) in.get(1).get();
          JOURNAL
              .get()
              .push(
                  new Write(
                      v,
                      tags,
                      tag,
                      tags != null && tags.hasTag(tag),
                      tags == null ? null : tags.getTag(tag)));
          return ValueFunctions.SET_VALUE_TAG_FUNCTION.apply(env, in);
        }

        @Override
        public String getDescription() {
          return ValueFunctions.SET_VALUE_TAG_FUNCTION.getDescription() + " (journaled)";
        }
      };

  /**
   * One tag write and what it replaced: the value's tag set before it (none: the write made one),
   * and whether the tag was there and with what.
   */
  private record Write(Value<?> value, Tags before, String tag, boolean had, Value<?> previous) {
    void undo() {
      if (before == null) {
        value.setTags(null);
      } else if (had) {
        before.setTag(tag, previous);
      } else {
        before.removeTag(tag);
      }
    }
  }

  /** For SUTime's reflective loading. */
  public ValueTagJournal() {}

  /**
   * The properties that make a SUTime annotator named {@code name} load this binder after its
   * default one (JollyDay's holidays, which stays as it was).
   */
  static Properties properties(String name) {
    Properties props = new Properties();
    props.setProperty(name + ".binders", "2");
    props.setProperty(name + ".binder.1", "edu.stanford.nlp.time.JollyDayHolidays");
    props.setProperty(name + ".binder.2", ValueTagJournal.class.getName());
    return props;
  }

  @Override
  public void init(String prefix, Properties props) {
    // nothing to configure
  }

  @Override
  public void bind(Env env) {
    env.bind("VTag", JOURNALED_VTAG);
  }

  /** Undoes this thread's tag writes since the last undo, latest first. */
  static void undo() {
    undoTo(0);
  }

  /**
   * Undoes this thread's latest tag writes, latest first, until {@code mark} are left: what {@link
   * #pending} was before them.
   */
  static void undoTo(int mark) {
    Deque<Write> writes = JOURNAL.get();
    while (writes.size() > mark) {
      writes.pop().undo();
    }
  }

  /** How many tag writes this thread made since the last undo. */
  static int pending() {
    return JOURNAL.get().size();
  }
}
