package party.wtp.site;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything the rewriters need to know about one site: its files and their new URLs ({@link LinkTarget}), where to
 * report broken references ({@link Warnings}), and optionally the URL the site was published at, so that absolute links
 * to it count as internal.
 */
public final class SiteLinks {
    private final LinkTarget target;
    private final Warnings warnings;
    private final SiteUrl siteUrl;

    /** A site without a known public URL: only relative and root-relative references are internal. */
    public SiteLinks(LinkTarget target, Warnings warnings) {
        this(target, warnings, null);
    }

    /**
     * @param siteUrl the URL the site's root folder is published at, such as {@code https://example.org/docs/}, or null;
     *     absolute {@code http}/{@code https} links under it are internal, and root-relative links must stay under its path
     * @throws IllegalArgumentException if {@code siteUrl} is not an absolute http or https URL
     */
    public SiteLinks(LinkTarget target, Warnings warnings, String siteUrl) {
        this.target = Objects.requireNonNull(target, "target");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.siteUrl = siteUrl == null ? null : SiteUrl.parse(siteUrl);
    }

    /** The site URL this was made with, normalised to end with {@code /}. */
    public Optional<String> siteUrl() {
        return Optional.ofNullable(siteUrl).map(SiteUrl::toString);
    }

    LinkTarget target() {
        return target;
    }

    Warnings warnings() {
        return warnings;
    }

    /** The parsed site URL, or null. */
    SiteUrl parsedSiteUrl() {
        return siteUrl;
    }
}
