package party.wtp.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceResolverTest {
    private static final Location PAGE = Location.ofFile(null, "docs/guide/intro.html");

    private static Location resolve(String reference) {
        return new ReferenceResolver(null).resolve(reference, PAGE);
    }

    @Test
    void removesTabsAndNewlinesAndTrimsLikeTheUrlParser() {
        assertEquals(List.of("docs", "guide", "setup.html"), resolve(" \tset\nup\r.html \u0001").segments());
    }

    @Test
    void keepsFragmentAsWrittenAndDropsQuery() {
        Location location = resolve("setup.html?x=%20#Caf%C3%A9 ok");
        assertEquals(List.of("docs", "guide", "setup.html"), location.segments());
        assertEquals("Caf%C3%A9 ok", location.fragment());
    }

    @Test
    void classifiesWhatIsNotAFileOfTheSite() {
        assertEquals(Location.Kind.NONE, resolve("#top").kind());
        assertEquals(Location.Kind.NONE, resolve("").kind());
        assertEquals(Location.Kind.NONE, resolve("   ").kind());
        assertEquals(Location.Kind.NONE, resolve("MAILTO:x@y").kind());
        assertEquals(Location.Kind.NONE, resolve("blob:https://x/1").kind());
        assertEquals(Location.Kind.EXTERNAL, resolve("https://example.org/").kind());
        assertEquals(Location.Kind.EXTERNAL, resolve("//example.org/").kind());
        assertEquals(Location.Kind.EXTERNAL, resolve("https:relative.html").kind());
    }

    @Test
    void decodesEachSegmentSeparately() {
        assertEquals(List.of("a b", "c/d", "100%"), resolve("/a%20b/c%2Fd/100%").segments());
        assertEquals(List.of("docs", "guide", "../"), resolve("..%2f").segments(), "%2F is no separator");
        assertEquals(List.of("docs", "x"), resolve("%2E%2e/x").segments(), "but %2E is a dot");
    }

    @Test
    void matchesSiteHostsWithPortsAndIpv6() {
        ReferenceResolver resolver = new ReferenceResolver(SiteUrl.parse("http://[::1]:8080/s/"));
        Location page = Location.ofFile(SiteUrl.parse("http://[::1]:8080/s/"), "index.html");
        assertEquals(List.of("s", "a.html"), resolver.resolve("http://[::1]:8080/s/a.html", page).segments());
        assertEquals(Location.Kind.EXTERNAL, resolver.resolve("http://[::1]/s/a.html", page).kind());
        assertEquals(List.of("s", "b.html"), resolver.resolve("b.html", page).segments());
        assertEquals("b.html", resolver.resolve("b.html", page).sitePath(SiteUrl.parse("http://[::1]:8080/s/")));
    }
}
