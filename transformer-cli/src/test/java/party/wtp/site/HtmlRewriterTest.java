package party.wtp.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlRewriterTest {
    private final TestSite site = new TestSite("index.html", "about.html", "docs/index.html", "docs/guide/intro.html",
            "docs/guide/setup.html", "img/logo.png", "img/logo@2x.png", "img/a,b.png", "img/wide.png", "css/site.css",
            "js/app.js", "media/clip.mp4", "media/clip.webm", "media/poster.jpg", "media/subs.vtt", "media/song.ogg",
            "fonts/f.woff2", "favicon.ico", "manifest.webmanifest", "doc.pdf", "frame.html", "café/menu du jour.html",
            "sprite.svg", "bg.png", "feed.xml", "search.html", "img/big.png");

    private String rewrite(String path, String html) {
        return new HtmlRewriter(site.links()).rewrite(path, html).text();
    }

    /** Rewrites a snippet of body content in {@code index.html}. */
    private String body(String snippet) {
        return rewrite("index.html", snippet);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<a href=about.html>x</a>                | <a href=wtp:N/about.html>x</a>",
        "<map><area href='about.html'></map>     | <map><area href='wtp:N/about.html'></map>",
        "<img src=\"img/logo.png\" alt=''>       | <img src=\"wtp:S/img/logo.png\" alt=''>",
        "<link rel=stylesheet href=css/site.css> | <link rel=stylesheet href=wtp:S/css/site.css>",
        "<script src=js/app.js></script>         | <script src=wtp:S/js/app.js></script>",
        "<iframe src=frame.html></iframe>        | <iframe src=wtp:N/frame.html></iframe>",
        "<video src=media/clip.mp4 poster=media/poster.jpg></video> | <video src=wtp:S/media/clip.mp4 poster=wtp:S/media/poster.jpg></video>",
        "<video><source src=media/clip.webm type=video/webm><track src=media/subs.vtt></video> | <video><source src=wtp:S/media/clip.webm type=video/webm><track src=wtp:S/media/subs.vtt></video>",
        "<audio src=media/song.ogg></audio>      | <audio src=wtp:S/media/song.ogg></audio>",
        "<object data=doc.pdf></object>          | <object data=wtp:S/doc.pdf></object>",
        "<embed src=doc.pdf>                     | <embed src=wtp:S/doc.pdf>",
        "<input type=image src=img/logo.png>     | <input type=image src=wtp:S/img/logo.png>",
        "<input type=text src=img/logo.png>      | <input type=text src=img/logo.png>",
        "<form action=search.html><button formaction=about.html>go</button></form> | <form action=wtp:N/search.html><button formaction=wtp:N/about.html>go</button></form>",
        "<table background=bg.png><tr><td background=bg.png>x</td></tr></table> | <table background=wtp:S/bg.png><tr><td background=wtp:S/bg.png>x</td></tr></table>",
        "<svg><use href=sprite.svg#star></use><image xlink:href=img/logo.png /></svg> | <svg><use href=wtp:S/sprite.svg#star></use><image xlink:href=wtp:S/img/logo.png /></svg>",
        "<svg><a xlink:href=about.html><text>t</text></a></svg> | <svg><a xlink:href=wtp:N/about.html><text>t</text></a></svg>",
        "<div data-src=img/logo.png title=about.html>x</div> | <div data-src=img/logo.png title=about.html>x</div>",
    })
    void rewritesEveryKindOfReference(String html, String expected) {
        assertEquals(expected, body(html));
        assertEquals(List.of(), site.warnings);
    }

    @ParameterizedTest(name = "rel={0}")
    @CsvSource(delimiter = '|', value = {
        "stylesheet|S", "alternate stylesheet|S", "icon|S", "shortcut icon|S", "apple-touch-icon|S", "manifest|S",
        "preload|S", "modulepreload|S", "prefetch|N", "prerender|N", "canonical|N", "alternate|N", "next|N", "license|N",
    })
    void linkRelationsDecideTheUsage(String rel, String usage) {
        assertEquals("<link rel='" + rel + "' href=\"wtp:" + usage + "/favicon.ico\">",
                body("<link rel='" + rel + "' href=\"favicon.ico\">"));
    }

    @Test
    void keepsTheDocumentExactlyAsWrittenOutsideReferences() {
        String html = "\uFEFF<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\">\r\n"
                + "<!-- a comment with <a href=about.html> inside -->\r\n"
                + "<HTML lang=fr><HEAD><META charset=utf-8><TITLE>Caf&eacute; &amp; th&#233;</TITLE>\r\n"
                + "  <LINK REL=stylesheet HREF='css/site.css'  media = \"screen\" >\r\n"
                + "  <script>var s = '<img src=\"img/logo.png\">'; if (a < b && c) {}</script>\r\n"
                + "</HEAD>\r\n<BODY>\r\n\t<P>Hello&nbsp;world<br/>\r\n"
                + "\t<A   HREF = \"about.html\"   class=\"x  y\">about</A>\r\n"
                + "\t<textarea><a href=about.html></textarea><pre>\n  keep   spaces </pre>\r\n"
                + "\t<img src=img/logo.png alt=\"\" ismap><unknown-tag foo=bar></unknown-tag>\r\n"
                + "</BODY></HTML>\r\n";
        String expected = html.replace("HREF='css/site.css'", "HREF='wtp:S/css/site.css'")
                .replace("HREF = \"about.html\"", "HREF = \"wtp:N/about.html\"")
                .replace("<img src=img/logo.png alt", "<img src=wtp:S/img/logo.png alt");
        assertEquals(expected, rewrite("index.html", html));
    }

    @Test
    void referencesInNoscriptAndTemplatesAreRewrittenToo() {
        String html = "<head><noscript><link rel=stylesheet href=css/site.css></noscript></head>"
                + "<body><noscript><img src=img/logo.png></noscript><template><a href=about.html>a</a></template>";
        assertEquals(html.replace("href=css/site.css", "href=wtp:S/css/site.css")
                .replace("src=img/logo.png", "src=wtp:S/img/logo.png").replace("href=about.html", "href=wtp:N/about.html"),
                body(html));
    }

    @Test
    void documentsWithoutHtmlHeadOrBodyStayThatWay() {
        assertEquals("<title>x</title><p><a href=wtp:N/about.html>a</a>", body("<title>x</title><p><a href=about.html>a</a>"));
    }

    @Test
    void srcsetUrlsAreRewrittenWithTheirDescriptors() {
        assertEquals("<img srcset=\"wtp:S/img/logo.png 1x, wtp:S/img/logo@2x.png 2x\" src=wtp:S/img/logo.png>",
                body("<img srcset=\"img/logo.png 1x, img/logo@2x.png 2x\" src=img/logo.png>"));
        assertEquals("<img srcset='wtp:S/img/a,b.png 480w,wtp:S/img/wide.png 800w' sizes='(max-width: 600px) 480px, 800px'>",
                body("<img srcset='img/a,b.png 480w,img/wide.png 800w' sizes='(max-width: 600px) 480px, 800px'>"));
        assertEquals("<picture><source srcset=\"  wtp:S/img/wide.png,\n wtp:S/img/big.png 2x  \"></picture>",
                body("<picture><source srcset=\"  img/wide.png,\n img/big.png 2x  \"></picture>"));
        assertEquals("<img srcset=\"data:image/png;base64,iVBO 1x, wtp:S/img/big.png 2x\">",
                body("<img srcset=\"data:image/png;base64,iVBO 1x, img/big.png 2x\">"));
        assertEquals("<link rel=preload as=image imagesrcset=\"wtp:S/img/wide.png 1x, wtp:S/img/big.png 2x\">",
                body("<link rel=preload as=image imagesrcset=\"img/wide.png 1x, img/big.png 2x\">"));
        assertEquals("<img srcset=\"wtp:S/img/wide.png (garbage, x) 1x, wtp:S/img/big.png\">",
                body("<img srcset=\"img/wide.png (garbage, x) 1x, img/big.png\">"));
    }

    @Test
    void newSrcsetUrlsWithSpacesAreEncoded() {
        TestSite spaced = new TestSite("a b.png", "c.png");
        String out = new HtmlRewriter(spaced.links()).rewrite("p.html", "<img srcset=\"a%20b.png 1x, c.png 2x\">").text();
        assertEquals("<img srcset=\"wtp:S/a%20b.png 1x, wtp:S/c.png 2x\">", out);
    }

    @Test
    void relativeReferencesResolveAgainstThePagesPath() {
        String page = "docs/guide/intro.html";
        assertEquals("<a href=wtp:N/docs/guide/setup.html>", rewrite(page, "<a href=setup.html>"));
        assertEquals("<a href=wtp:N/docs/guide/setup.html>", rewrite(page, "<a href=./setup.html>"));
        assertEquals("<a href=wtp:N/docs/index.html>", rewrite(page, "<a href=../index.html>"));
        assertEquals("<a href=wtp:N/docs/index.html>", rewrite(page, "<a href=..>"));
        assertEquals("<a href=wtp:N/about.html>", rewrite(page, "<a href=../../about.html>"));
        assertEquals("<a href=wtp:N/about.html>", rewrite(page, "<a href=../../../../about.html>"));
        assertEquals("<a href=wtp:N/about.html>", rewrite(page, "<a href=/about.html>"));
        assertEquals("<a href=wtp:N/docs/guide/setup.html>", rewrite(page, "<a href=/docs/x/../guide/./setup.html>"));
        assertEquals("<a href=wtp:N/docs/guide/setup.html>", rewrite(page, "<a href=..\\guide\\setup.html>"));
        assertEquals("<a href=wtp:N/docs/guide/setup.html>", rewrite(page, "<a href=%2e%2E/guide/setup.html>"));
        assertEquals("<img src=wtp:S/img/logo.png>", rewrite(page, "<img src=../../img/logo.png>"));
        assertEquals(List.of(), site.warnings);
    }

    @Test
    void folderLinksResolveToTheirIndexPage() {
        String page = "docs/guide/intro.html";
        assertEquals("<a href=wtp:N/docs/index.html>", rewrite(page, "<a href=../>"));
        assertEquals("<a href=wtp:N/docs/index.html>", rewrite(page, "<a href=/docs>"));
        assertEquals("<a href=wtp:N/docs/index.html>", rewrite(page, "<a href=/docs/>"));
        assertEquals("<a href=wtp:N/index.html>", rewrite(page, "<a href=/>"));
        assertEquals("<a href=wtp:N/index.html#top>", rewrite("about.html", "<a href=./#top>"));
        assertEquals("<a href=/docs/guide/>", rewrite(page, "<a href=/docs/guide/>"));
        assertEquals(List.of("docs/guide/intro.html | /docs/guide/ | no such file in the site: docs/guide/index.html"),
                site.warnings);
    }

    @Test
    void fragmentsAreKeptApartAndQueriesDropped() {
        assertEquals("<a href=wtp:N/about.html#team>", body("<a href=about.html#team>"));
        assertEquals("<a href=\"wtp:N/search.html\">", body("<a href=\"search.html?q=x&amp;page=2\">"));
        assertEquals("<a href=\"wtp:N/search.html#r\">", body("<a href=\"search.html?q=x&amp;p=2#r\">"));
        assertEquals("<a href=wtp:N/search.html#b?c#d>", body("<a href=search.html?q=a#b?c#d>"));
        assertEquals("<a href=wtp:N/search.html>", body("<a href=search.html#>"));
    }

    @Test
    void inPageAnchorsStayAsTheyAre() {
        String html = "<a href=#top>t</a><a href='#'>e</a><a href=\"  #sec-2 \">s</a><svg><use href=#icon /></svg>";
        RewrittenFile out = new HtmlRewriter(site.links()).rewrite("about.html", html);
        assertEquals(html, out.text());
        assertEquals(Map.of(), out.references());
    }

    @Test
    void theSamePageWithAFragmentIsStillAReferenceToIt() {
        assertEquals("<a href=wtp:N/about.html#team>", rewrite("about.html", "<a href=about.html#team>"));
        assertEquals("<a href=wtp:N/about.html#team>", rewrite("about.html", "<a href=?lang=fr#team>"));
    }

    @Test
    void externalAndSpecialLinksStayUntouched() {
        String html = "<a href=https://example.com/about.html>e</a><a href=mailto:me@example.org>m</a>"
                + "<a href='tel:+33 1 23'>t</a><a href=\"javascript:void(0)\">j</a>"
                + "<img src=\"data:image/gif;base64,R0lGOD\"><script src=//cdn.example.com/x.js></script>"
                + "<a href=ftp://files.example.org/x>f</a><a href=\"\">empty</a><img src>";
        RewrittenFile out = new HtmlRewriter(site.links()).rewrite("index.html", html);
        assertEquals(html, out.text());
        assertEquals(Map.of(), out.references());
        assertEquals(List.of(), site.warnings);
    }

    @Test
    void absoluteLinksToTheSiteUrlAreInternal() {
        HtmlRewriter rewriter = new HtmlRewriter(site.links("https://example.org/site/"));
        String page = "docs/guide/intro.html";
        assertEquals("<a href=wtp:N/about.html>", rewriter.rewrite(page, "<a href=https://example.org/site/about.html>").text());
        assertEquals("<a href=wtp:N/about.html>", rewriter.rewrite(page, "<a href=HTTP://Example.ORG:80/site/about.html>").text());
        assertEquals("<a href=wtp:N/about.html>", rewriter.rewrite(page, "<a href=https://example.org:443/site/about.html>").text());
        assertEquals("<a href=wtp:N/index.html>", rewriter.rewrite(page, "<a href=https://example.org/site>").text());
        assertEquals("<img src=wtp:S/img/logo.png>", rewriter.rewrite(page, "<img src=//example.org/site/img/logo.png>").text());
        assertEquals("<a href=wtp:N/about.html>", rewriter.rewrite(page, "<a href=/site/about.html>").text());
        assertEquals("<a href=wtp:N/docs/index.html>", rewriter.rewrite(page, "<a href=../>").text());
        assertEquals(List.of(), site.warnings);

        for (String untouched : List.of("https://example.org/blog/", "https://example.org:8443/site/about.html",
                "https://other.example.org/site/about.html", "https://user@example.org/site/about.html")) {
            String html = "<a href=\"" + untouched + "\">";
            assertEquals(html, rewriter.rewrite(page, html).text());
        }
        assertEquals(List.of(), site.warnings, "links elsewhere on the same host are external, not broken");

        assertEquals("<a href=/about.html>", rewriter.rewrite(page, "<a href=/about.html>").text());
        assertEquals("<a href=../../../about.html>", rewriter.rewrite(page, "<a href=../../../about.html>").text());
        assertEquals(List.of(
                "docs/guide/intro.html | /about.html | points outside the site (https://example.org/site/)",
                "docs/guide/intro.html | ../../../about.html | points outside the site (https://example.org/site/)"),
                site.warnings);
    }

    @Test
    void withoutASiteUrlAbsoluteLinksAreExternal() {
        String html = "<a href=https://example.org/about.html>";
        assertEquals(html, body(html));
    }

    @Test
    void percentEncodedAndUnicodeNamesResolveToTheRealFile() {
        String nfc = "café/menu du jour.html";
        String decomposed = "cafe\u0301/menu du jour.html";
        assertEquals("<a href=\"wtp:N/" + nfc + "\">", body("<a href=\"caf%C3%A9/menu%20du%20jour.html\">"));
        assertEquals("<a href=\"wtp:N/" + nfc + "\">", body("<a href=\"" + nfc + "\">"));
        assertEquals("<a href=\"wtp:N/" + nfc + "\">", body("<a href=\"" + decomposed + "\">"));
        assertEquals("<a href=\"wtp:N/" + nfc + "\">", body("<a href=\"cafe%CC%81/menu%20du jour.html\">"));
        assertEquals("<a href=\"wtp:N/" + nfc + "\">", body("<a href=\"caf&eacute;/menu du jour.html\">"));
        assertEquals(List.of(), site.warnings);
        assertEquals("<a href=\"caf%ZZ.html\">", body("<a href=\"caf%ZZ.html\">"));
        assertEquals(List.of("index.html | caf%ZZ.html | no such file in the site: caf%ZZ.html"), site.warnings);
    }

    @Test
    void baseHrefInsideTheSiteIsHonouredThenRemoved() {
        String html = "<head><base href=\"docs/guide/\" target=_blank></head><a href=setup.html>s</a>"
                + "<img src=/img/logo.png><a href=#x>x</a>";
        assertEquals("<head><base target=_blank></head><a href=wtp:N/docs/guide/setup.html>s</a>"
                + "<img src=wtp:S/img/logo.png><a href=#x>x</a>", body(html));
        assertEquals("<base><a href=wtp:N/docs/index.html>", rewrite("about.html", "<base href=/docs/><a href=.>"));
    }

    @Test
    void baseHrefToTheSiteUrlIsInternal() {
        HtmlRewriter rewriter = new HtmlRewriter(site.links("https://example.org/"));
        assertEquals("<base ><a href=wtp:N/docs/guide/setup.html>",
                rewriter.rewrite("index.html", "<base \nhref='https://example.org/docs/guide/' ><a href=setup.html>").text());
    }

    @Test
    void externalBaseHrefKeepsRelativeLinksExternal() {
        String html = "<base href=\"https://cdn.example.com/assets/\"><img src=img/logo.png><a href=/about.html>a</a>";
        RewrittenFile out = new HtmlRewriter(site.links()).rewrite("index.html", html);
        assertEquals(html, out.text());
        assertEquals(Map.of(), out.references());
        assertEquals(List.of(), site.warnings);
    }

    @Test
    void metaRefreshUrlIsRewritten() {
        assertEquals("<meta http-equiv=refresh content=\"0; url=wtp:N/about.html\">",
                body("<meta http-equiv=refresh content=\"0; url=about.html\">"));
        assertEquals("<meta http-equiv=\"Refresh\" content=\"5;URL='wtp:N/docs/index.html'\">",
                body("<meta http-equiv=\"Refresh\" content=\"5;URL='docs/'\">"));
        assertEquals("<meta http-equiv=refresh content='3, wtp:N/about.html#x'>",
                body("<meta http-equiv=refresh content='3, about.html#x'>"));
        assertEquals("<meta http-equiv=refresh content=\"1.5 ; url = &quot;wtp:N/about.html&quot;\">",
                body("<meta http-equiv=refresh content=\"1.5 ; url = &quot;about.html&quot;\">"));
        assertEquals("<meta http-equiv=refresh content=\"10\">", body("<meta http-equiv=refresh content=\"10\">"));
        assertEquals("<meta name=description content=\"about.html\">", body("<meta name=description content=\"about.html\">"));
        assertEquals(List.of(), site.warnings);
        RewrittenFile out = new HtmlRewriter(site.links()).rewrite("index.html", "<meta http-equiv=refresh content=\"0;url=about.html\">");
        assertEquals(Set.of("about.html"), out.referencedPaths(Usage.NAVIGATION));
    }

    @Test
    void styleAttributesAndBlocksGoThroughTheCssRewriter() {
        String html = "<style>\r\n@import 'css/site.css';\r\nbody { background: url(bg.png) } /* url(bg.png) */\r\n</style>"
                + "<div style=\"background-image: url('img/logo.png'); color: red\">x</div>"
                + "<p style='font: 1em serif; --u: url(&quot;img/big.png&quot;)'>y</p>"
                + "<svg><style>.a{fill:url(sprite.svg#g)}</style></svg>";
        String expected = "<style>\r\n@import 'wtp:C/css/site.css';\r\nbody { background: url(wtp:C/bg.png) } /* url(bg.png) */\r\n</style>"
                + "<div style=\"background-image: url('wtp:C/img/logo.png'); color: red\">x</div>"
                + "<p style='font: 1em serif; --u: url(\"wtp:C/img/big.png\")'>y</p>"
                + "<svg><style>.a{fill:url(wtp:C/sprite.svg#g)}</style></svg>";
        RewrittenFile out = new HtmlRewriter(site.links()).rewrite("index.html", html);
        assertEquals(expected, out.text());
        assertEquals(Set.of("css/site.css", "bg.png", "img/logo.png", "img/big.png", "sprite.svg"),
                out.referencedPaths(Usage.CSS));
    }

    @Test
    void missingTargetsAreWarnedAndLeftUnchanged() {
        String html = "<a href=gone.html>g</a><img src=\"img/none.png\" srcset=\"img/none.png 1x, img/big.png 2x\">"
                + "<div style=\"background:url(nope.png)\"></div><a href=about.html>ok</a>";
        RewrittenFile out = new HtmlRewriter(site.links()).rewrite("docs/index.html", html);
        assertEquals("<a href=gone.html>g</a><img src=\"img/none.png\" srcset=\"img/none.png 1x, img/big.png 2x\">"
                + "<div style=\"background:url(nope.png)\"></div><a href=about.html>ok</a>", out.text());
        assertEquals(List.of(
                "docs/index.html | gone.html | no such file in the site: docs/gone.html",
                "docs/index.html | img/none.png | no such file in the site: docs/img/none.png",
                "docs/index.html | img/none.png | no such file in the site: docs/img/none.png",
                "docs/index.html | img/big.png | no such file in the site: docs/img/big.png",
                "docs/index.html | nope.png | no such file in the site: docs/nope.png",
                "docs/index.html | about.html | no such file in the site: docs/about.html"), site.warnings);
    }

    @Test
    void referencesAreListedWithTheirUsages() {
        String html = "<link rel=stylesheet href=css/site.css><a href=about.html>a</a><img src=img/logo.png>"
                + "<a href=img/logo.png>full size</a><div style=\"background:url(bg.png)\"></div><a href=https://x.org/>x</a>";
        RewrittenFile out = new HtmlRewriter(site.links()).rewrite("index.html", html);
        assertEquals(List.of("css/site.css", "about.html", "img/logo.png", "bg.png"), List.copyOf(out.referencedPaths()));
        assertEquals(Set.of(Usage.SUBRESOURCE, Usage.NAVIGATION), out.references().get("img/logo.png"));
        assertEquals(Set.of("css/site.css", "img/logo.png"), out.referencedPaths(Usage.SUBRESOURCE));
        assertEquals(Set.of("about.html", "img/logo.png"), out.referencedPaths(Usage.NAVIGATION));
        assertEquals(Set.of("bg.png"), out.referencedPaths(Usage.CSS));
    }

    @Test
    void referencesTheBuildDeclinesStayButAreStillListed() {
        site.notRewritten.add("doc.pdf");
        RewrittenFile out = new HtmlRewriter(site.links()).rewrite("index.html", "<a href=doc.pdf>d</a>");
        assertEquals("<a href=doc.pdf>d</a>", out.text());
        assertEquals(Set.of("doc.pdf"), out.referencedPaths());
    }

    @Test
    void newValuesAreEscapedForTheirAttribute() {
        TestSite odd = new TestSite("a.html") {
            @Override
            public java.util.Optional<String> urlFor(String logicalPath, String fragment, Usage usage) {
                return java.util.Optional.of("x y\"'&z");
            }
        };
        HtmlRewriter rewriter = new HtmlRewriter(odd.links());
        assertEquals("<a href=\"x y&quot;'&amp;z\">", rewriter.rewrite("p.html", "<a href=\"a.html\">").text());
        assertEquals("<a href='x y\"&#39;&amp;z'>", rewriter.rewrite("p.html", "<a href='a.html'>").text());
        assertEquals("<a href=\"x y&quot;'&amp;z\" id=1>", rewriter.rewrite("p.html", "<a href=a.html id=1>").text());
        for (String html : List.of("<a href=\"a.html\">", "<a href='a.html'>", "<a href=a.html id=1>")) {
            String out = rewriter.rewrite("p.html", html).text();
            assertEquals("x y\"'&z", org.jsoup.Jsoup.parse(out).selectFirst("a").attr("href"), out);
        }
    }

    @Test
    void bytesKeepTheirCharsetAndEveryUnchangedByte() {
        Charset latin = Charset.forName("windows-1252");
        String html = "<!doctype html><meta charset=windows-1252><title>Déjà vu – 5€</title>"
                + "<a href=\"caf%C3%A9/menu%20du%20jour.html\">menu</a><a href=\"café/menu du jour.html\">x</a>";
        RewrittenFile out = new HtmlRewriter(site.links()).rewrite("index.html", html.getBytes(latin));
        assertEquals(latin, out.charset());
        String expected = html.replace("caf%C3%A9/menu%20du%20jour.html", "wtp:N/café/menu du jour.html")
                .replace("\"café/menu du jour.html\"", "\"wtp:N/café/menu du jour.html\"");
        assertArrayEquals(expected.getBytes(latin), out.bytes());

        String withBom = "\uFEFF<p>é<a href=about.html>a</a>";
        RewrittenFile utf8 = new HtmlRewriter(site.links()).rewrite("index.html", withBom.getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(withBom.replace("about.html", "wtp:N/about.html").getBytes(StandardCharsets.UTF_8), utf8.bytes());

        RewrittenFile utf16 = new HtmlRewriter(site.links()).rewrite("index.html", withBom.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(StandardCharsets.UTF_16LE, utf16.charset());
        assertArrayEquals(withBom.replace("about.html", "wtp:N/about.html").getBytes(StandardCharsets.UTF_16LE),
                utf16.bytes());
    }

    @Test
    void charactersTheCharsetCannotHoldBecomeReferences() {
        TestSite unicode = new TestSite("图.png");
        Charset latin = StandardCharsets.ISO_8859_1;
        String html = "<meta charset=iso-8859-1><img src=\"%E5%9B%BE.png\"><style>a{b:url(%E5%9B%BE.png)}</style>";
        RewrittenFile out = new HtmlRewriter(unicode.links()).rewrite("p.html", html.getBytes(latin));
        assertEquals("<meta charset=iso-8859-1><img src=\"wtp:S/&#x56fe;.png\"><style>a{b:url(wtp:C/\\56fe .png)}</style>",
                new String(out.bytes(), latin));
    }

    @Test
    void invalidBytesAreKeptWithAWarning() {
        byte[] html = {'<', 'p', '>', (byte) 0xE9, '<', 'a', ' ', 'h', 'r', 'e', 'f', '=', 'a', 'b', 'o', 'u', 't', '.',
            'h', 't', 'm', 'l', '>'};
        RewrittenFile out = new HtmlRewriter(site.links()).rewrite("index.html", html);
        assertArrayEquals(new String(html, StandardCharsets.ISO_8859_1).replace("about.html", "wtp:N/about.html")
                .getBytes(StandardCharsets.ISO_8859_1), out.bytes());
        assertEquals(1, site.warnings.size());
        assertTrue(site.warnings.get(0).startsWith("index.html | index.html | is not valid UTF-8"), site.warnings.get(0));
    }

    @Test
    void aSiteUrlMustBeHttp() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> site.links("ftp://example.org/"));
        assertTrue(e.getMessage().contains("ftp://example.org/"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> site.links("example.org/docs"));
        assertEquals("https://example.org/docs/", site.links("https://Example.org/docs").siteUrl().orElseThrow());
    }
}
