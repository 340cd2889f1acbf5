package party.wtp.demo;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/** Finds the {@code sample-site} folder shipped in the repository that this wtp was built from. */
final class BundledSite {
  static final String FOLDER = "sample-site";

  private BundledSite() {}

  /**
   * The sample site beside the jar's (or classes folder's) repository root, else above the working directory;
   * null when neither has one.
   */
  static Path find() {
    Path found = above(codeLocation());
    return found != null ? found : above(Path.of("").toAbsolutePath());
  }

  /** The first {@code sample-site} with an {@code index.html} in {@code start} or a folder above it. */
  static Path above(Path start) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path site = dir.resolve(FOLDER);
      if (Files.isRegularFile(site.resolve("index.html"))) {
        return site;
      }
    }
    return null;
  }

  private static Path codeLocation() {
    try {
      CodeSource source = BundledSite.class.getProtectionDomain().getCodeSource();
      return source == null ? null : Path.of(source.getLocation().toURI()).toAbsolutePath();
    } catch (URISyntaxException | RuntimeException e) {
      return null;
    }
  }
}
