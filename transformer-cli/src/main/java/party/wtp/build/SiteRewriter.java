package party.wtp.build;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import party.wtp.site.CssRewriter;
import party.wtp.site.HtmlRewriter;
import party.wtp.site.LinkTarget;
import party.wtp.site.SiteLinks;
import party.wtp.site.Usage;

/**
 * The build's {@link Rewriter} over the site package's {@link HtmlRewriter} and {@link CssRewriter}: every internal
 * reference, navigation or subresource alike, becomes the target's route fragment {@code #FP.KEY[.TARGET]}, which
 * the client parses; the page's bytes stay as written everywhere else (charset included).
 */
public final class SiteRewriter implements Rewriter {
    private final String siteUrl;

    private SiteRewriter(String siteUrl) {
        this.siteUrl = siteUrl;
    }

    /** A rewriter for a site formerly published at {@code siteUrl} (or null); throws IllegalArgumentException for a bad URL. */
    public static SiteRewriter forSite(String siteUrl) {
        if (siteUrl != null) {
            new SiteLinks(target(null), (f, r, w) -> { }, siteUrl);
        }
        return new SiteRewriter(siteUrl);
    }

    @Override
    public byte[] html(String path, byte[] content, Links links, Consumer<String> warnings) {
        return new HtmlRewriter(site(links, warnings)).rewrite(path, content).bytes();
    }

    @Override
    public byte[] css(String path, byte[] content, Links links, Consumer<String> warnings) {
        return new CssRewriter(site(links, warnings)).rewrite(path, content).bytes();
    }

    private SiteLinks site(Links links, Consumer<String> warnings) {
        return new SiteLinks(target(links), (file, reference, reason) -> warnings.accept(reference + ": " + reason),
                siteUrl);
    }

    private static LinkTarget target(Links links) {
        return new LinkTarget() {
            @Override
            public Optional<String> urlFor(String logicalPath, String fragmentOrNull, Usage usage) {
                String target = fragmentOrNull == null || fragmentOrNull.isEmpty() ? null : decode(fragmentOrNull);
                return Optional.ofNullable(links.urlFor(logicalPath, target, usage));
            }

            @Override
            public boolean exists(String logicalPath) {
                return links.exists(logicalPath);
            }
        };
    }

    /** A fragment as written, percent-decoded (UTF-8) into the element id it names; malformed escapes stay as written. */
    static String decode(String fragment) {
        if (fragment.indexOf('%') < 0) {
            return fragment;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < fragment.length()) {
            if (fragment.charAt(i) == '%' && i + 2 < fragment.length()
                    && hex(fragment.charAt(i + 1)) >= 0 && hex(fragment.charAt(i + 2)) >= 0) {
                out.write(hex(fragment.charAt(i + 1)) * 16 + hex(fragment.charAt(i + 2)));
                i += 3;
            } else {
                int cp = fragment.codePointAt(i);
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return fragment;
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
