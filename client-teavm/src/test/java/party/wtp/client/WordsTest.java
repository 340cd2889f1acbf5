package party.wtp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The download card's words: name, a size as people read it, and the type without its parameters. */
class WordsTest {
    @Test
    void sizesReadAsBytesKilobytesAndMegabytes() {
        assertEquals("1 byte", Words.size(1));
        assertEquals("999 bytes", Words.size(999));
        assertEquals("1.0 KB", Words.size(1000));
        assertEquals("2.2 KB", Words.size(2195));
        assertEquals("12.3 KB", Words.size(12_345));
        assertEquals("150 KB", Words.size(150_000));
        assertEquals("1.0 MB", Words.size(999_999));
        assertEquals("537 MB", Words.size(512 << 20));
        assertEquals("2.1 GB", Words.size(Integer.MAX_VALUE));
    }

    @Test
    void theDownloadLinkNamesFileSizeAndType() {
        assertEquals("Download report.pdf (2.2 KB, application/pdf)", Words.download("report.pdf", 2195,
                "application/pdf"));
        assertEquals("Download a.csv (10 bytes, text/csv)", Words.download("a.csv", 10, "text/csv; charset=utf-8"));
    }
}
