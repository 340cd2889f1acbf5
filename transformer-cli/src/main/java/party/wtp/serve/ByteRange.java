package party.wtp.serve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a {@code Range} request header asks of a file, as static hosts honour it: one satisfiable range gets 206 with
 * those bytes, an unsatisfiable one 416, anything else (no header, several ranges, nonsense) the whole file with 200,
 * which RFC 9110 allows.
 */
final class ByteRange {
  private static final Pattern SINGLE = Pattern.compile("\\s*bytes\\s*=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*",
      Pattern.CASE_INSENSITIVE);

  /** How to answer. */
  enum Kind { WHOLE, PARTIAL, UNSATISFIABLE }

  final Kind kind;
  /** First byte sent. */
  final long start;
  /** One past the last byte sent. */
  final long end;

  private ByteRange(Kind kind, long start, long end) {
    this.kind = kind;
    this.start = start;
    this.end = end;
  }

  long length() {
    return end - start;
  }

  /** The answer to {@code header} (null when absent) for a file of {@code length} bytes. */
  static ByteRange of(String header, long length) {
    ByteRange whole = new ByteRange(Kind.WHOLE, 0, length);
    if (header == null) {
      return whole;
    }
    Matcher m = SINGLE.matcher(header);
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      return whole;
    }
    if (m.group(1).isEmpty()) {
      long suffix = number(m.group(2));
      if (suffix == 0 || length == 0) {
        return unsatisfiable();
      }
      return new ByteRange(Kind.PARTIAL, Math.max(0, length - suffix), length);
    }
    long first = number(m.group(1));
    long last = m.group(2).isEmpty() ? Long.MAX_VALUE : number(m.group(2));
    if (last < first) {
      return whole;
    }
    if (first >= length) {
      return unsatisfiable();
    }
    return new ByteRange(Kind.PARTIAL, first, last >= length - 1 ? length : last + 1);
  }

  /** A decimal number, saturated at {@link Long#MAX_VALUE} (a byte position beyond any file). */
  private static long number(String digits) {
    String d = digits.replaceFirst("^0+(?=\\d)", "");
    return d.length() > 18 ? Long.MAX_VALUE : Long.parseLong(d);
  }

  private static ByteRange unsatisfiable() {
    return new ByteRange(Kind.UNSATISFIABLE, 0, 0);
  }
}
