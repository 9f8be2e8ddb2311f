package org.w3id.parley.serve;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL's REGEX, stopped by the query's timeout. ARQ cancels a query between rows, but one REGEX
 * is one call of {@code java.util.regex}, and a pattern such as {@code (.*a){12}x} runs in it for
 * hours: past the 60 s timeout, holding one of the server's query slots. This function matches the
 * same pattern over the text through a {@link CharSequence} that, every few thousand characters
 * read, checks the query's cancel signal (which the timeout sets) and stops the match.
 *
 * <p>{@link #rewrite} replaces each REGEX of a query with it; patterns, flags and errors are those
 * of ARQ's own REGEX with Java's engine ({@link RegexEngine#makePattern}).
 */
final class InterruptibleRegex extends FunctionBase {
  /** The function's name; not one a query would use itself. */
  static final String IRI = "urn:x-parley:regex";

  static {
    FunctionRegistry.get().put(IRI, uri -> new InterruptibleRegex());
  }

  private static final ExprTransformCopy REGEX_TO_FUNCTION =
      new ExprTransformCopy() {
        @Override
        public Expr transform(ExprFunctionN func, ExprList args) {
          return func instanceof E_Regex ? new E_Function(IRI, args) : super.transform(func, args);
        }
      };

  private String lastPattern;
  private String lastFlags;
  private Pattern compiled;

  /** {@code query} with every REGEX replaced by this function. */
  static Query rewrite(Query query) {
    return QueryTransformOps.transform(query, new ElementTransformCopyBase(), REGEX_TO_FUNCTION);
  }

  @Override
  public void checkBuild(String uri, ExprList args) {
    if (args.size() != 2 && args.size() != 3) {
      throw new QueryParseException("REGEX takes 2 or 3 arguments, found " + args.size(), -1, -1);
    }
  }

  @Override
  protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
    String text =
        NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
    Pattern pattern = pattern(args.get(1), args.size() == 3 ? args.get(2) : null);
    AtomicBoolean cancel = env == null ? null : Context.getCancelSignal(env.getContext());
    CharSequence input = cancel == null ? text : new Cancellable(text, cancel);
    return NodeValue.makeBoolean(pattern.matcher(input).find());
  }

  @Override
  public NodeValue exec(List<NodeValue> args) {
    return exec(args, null);
  }

  // One call site sees the same pattern row after row: compile it once.
  private Pattern pattern(NodeValue pattern, NodeValue flags) {
    if (!pattern.isString() || (flags != null && !flags.isString())) {
      throw new ExprEvalException("REGEX: pattern and flags must be strings: " + pattern);
    }
    String p = pattern.getString();
    String f = flags == null ? null : flags.getString();
    if (compiled == null || !p.equals(lastPattern) || !Objects.equals(f, lastFlags)) {
      compiled = RegexEngine.makePattern("Regex", p, f);
      lastPattern = p;
      lastFlags = f;
    }
    return compiled;
  }

  /** A string whose reader stops, with the query, once the query is cancelled. */
  private static final class Cancellable implements CharSequence {
    private static final int CHECK_EVERY = 1 << 12;
    private final String text;
    private final AtomicBoolean cancel;
    private int reads;

    Cancellable(String text, AtomicBoolean cancel) {
      this.text = text;
      this.cancel = cancel;
    }

    @Override
    public char charAt(int index) {
      if (++reads % CHECK_EVERY == 0 && cancel.get()) {
        throw new QueryCancelledException();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Cancellable(text.substring(start, end), cancel);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
