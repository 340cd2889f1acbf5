package party.wtp.samplesite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the bundled sample site is and what tests can look for in it: each page's distinctive visible sentence
 * (grep a mirror for these to prove no page text survives in plain), the text its script computes, and its one
 * deliberately broken link.
 */
public final class SampleSite {
    /** Page path (relative, unencoded) to a sentence visible on that page and nowhere else. */
    public static final Map<String, String> PAGE_TEXT = Map.of(
            "index.html", "The bonfire starts when the seventh owl lands on the marmalade jar.",
            "about.html", "Organised every midsummer by the Velvet Kazoo Collective since 1987.",
            "party plans.html", "Seventeen kazoos, three ladders and one very patient heron.",
            "café menu.html", "Crème brûlée with juniper smoke",
            "docs/guide/index.html", "A lantern folded with patience glows twice as long as one folded in a hurry.",
            "docs/guide/install.html", "Fold the crane's wings backwards and tuck the tail under the ribbon.");

    /** What js/countdown.js writes into {@code #script-output} of index.html; no file contains this sentence. */
    public static final String SCRIPT_RESULT = "Script says: 42 lanterns are lit";
    /** What {@code #script-output} says before (or without) the script. */
    public static final String SCRIPT_PLACEHOLDER = "The page script has not run.";
    /** The link in index.html whose target does not exist. */
    public static final String BROKEN_LINK = "last-year.html";

    private SampleSite() {
    }

    /** The {@code sample-site} folder: below the {@code wtp.root} system property, else found above the working dir. */
    public static Path root() {
        String configured = System.getProperty("wtp.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "sample-site"))) {
            return Path.of(configured, "sample-site");
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("sample-site"))) {
                return dir.resolve("sample-site");
            }
        }
        throw new IllegalStateException("sample-site folder not found above " + Path.of("").toAbsolutePath());
    }
}
