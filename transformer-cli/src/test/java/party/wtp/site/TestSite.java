package party.wtp.site;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An in-memory site for tests: a set of files, new URLs of the form {@code wtp:N/path#fragment} (N, S or C for the
 * usage), and the warnings received, one {@code file | reference | reason} line each.
 */
class TestSite implements LinkTarget, Warnings {
    final Set<String> files;
    final Set<String> notRewritten = new HashSet<>();
    final List<String> warnings = new ArrayList<>();

    TestSite(String... files) {
        this.files = new HashSet<>(List.of(files));
    }

    @Override
    public Optional<String> urlFor(String logicalPath, String fragmentOrNull, Usage usage) {
        if (!files.contains(logicalPath)) {
            throw new AssertionError("urlFor called for a file that does not exist: " + logicalPath);
        }
        if (notRewritten.contains(logicalPath)) {
            return Optional.empty();
        }
        return Optional.of("wtp:" + usage.name().charAt(0) + "/" + logicalPath
                + (fragmentOrNull == null ? "" : "#" + fragmentOrNull));
    }

    @Override
    public boolean exists(String logicalPath) {
        return files.contains(logicalPath);
    }

    @Override
    public void warn(String file, String reference, String reason) {
        warnings.add(file + " | " + reference + " | " + reason);
    }

    SiteLinks links() {
        return new SiteLinks(this, this);
    }

    SiteLinks links(String siteUrl) {
        return new SiteLinks(this, this, siteUrl);
    }
}
