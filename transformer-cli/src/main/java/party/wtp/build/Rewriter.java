package party.wtp.build;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Rewrites the links of HTML pages and style sheets so that they lead to routes instead of file names.
 * The build reads each such file whole (they are text documents), hands it here, and seals what comes back.
 */
public interface Rewriter {
    /** The rewritten page; {@code warnings} takes one line per link or construct that could not be handled. */
    byte[] html(String path, byte[] content, Links links, Consumer<String> warnings) throws IOException;

    /** The rewritten style sheet. */
    byte[] css(String path, byte[] content, Links links, Consumer<String> warnings) throws IOException;

    /** Makes the rewriter for one build. */
    interface Factory {
        /** @param siteUrl the site's former public address (absolute links to it are internal), or null */
        Rewriter forSite(String siteUrl);
    }

    /** Leaves every document as it is. */
    Rewriter NONE = new Rewriter() {
        @Override
        public byte[] html(String path, byte[] content, Links links, Consumer<String> warnings) {
            return content;
        }

        @Override
        public byte[] css(String path, byte[] content, Links links, Consumer<String> warnings) {
            return content;
        }
    };
}
