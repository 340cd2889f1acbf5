package party.wtp.check;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import party.wtp.naming.MirrorSalt;

/** A mirror's entry page ({@code index.html}), which names the mirror's salt in {@code <meta name="wtp-salt">}. */
final class EntryPage {
    static final String FILE = "index.html";
    static final String SALT_META = "meta[name=wtp-salt]";

    private EntryPage() {}

    /** The salt the page names; throws IllegalArgumentException in plain words when it names none. */
    static MirrorSalt salt(byte[] html) {
        Element named = Jsoup.parse(new String(html, StandardCharsets.UTF_8)).selectFirst(SALT_META);
        if (named == null) {
            throw new IllegalArgumentException("the entry page names no mirror salt (no <meta name=\"wtp-salt\">)");
        }
        try {
            return MirrorSalt.parse(named.attr("content").strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the entry page's wtp-salt is not a mirror salt");
        }
    }
}
