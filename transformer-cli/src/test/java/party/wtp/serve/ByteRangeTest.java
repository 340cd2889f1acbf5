package party.wtp.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ByteRangeTest {
  private static String of(String header, long length) {
    ByteRange r = ByteRange.of(header, length);
    return r.kind == ByteRange.Kind.PARTIAL ? r.start + "-" + r.end : r.kind.toString();
  }

  @Test
  void singleRanges() {
    assertEquals("0-10", of("bytes=0-9", 100));
    assertEquals("90-100", of("bytes=90-", 100));
    assertEquals("90-100", of("bytes=-10", 100));
    assertEquals("0-100", of("bytes=-500", 100));
    assertEquals("50-100", of("bytes=50-5000", 100));
    assertEquals("5-6", of(" Bytes = 5 - 5 ", 100));
    assertEquals("99-100", of("bytes=99-99999999999999999999", 100), "a huge last byte means the end");
  }

  @Test
  void unsatisfiable() {
    assertEquals("UNSATISFIABLE", of("bytes=100-", 100));
    assertEquals("UNSATISFIABLE", of("bytes=-0", 100));
    assertEquals("UNSATISFIABLE", of("bytes=0-", 0));
  }

  @Test
  void everythingElseIsTheWholeFile() {
    assertEquals("WHOLE", of(null, 100));
    assertEquals("WHOLE", of("bytes=0-1,3-4", 100));
    assertEquals("WHOLE", of("bytes=9-3", 100));
    assertEquals("WHOLE", of("bytes=-", 100));
    assertEquals("WHOLE", of("items=0-1", 100));
    assertEquals("WHOLE", of("bytes=abc", 100));
  }
}
