package party.wtp.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files tests put on their sites: the TeaVM bundles from the client-teavm jar and this module's page resources. */
public final class Bundles {
    /** Classpath location of the reader's client bundle. */
    public static final String CLIENT = "party/wtp/client/wtp-client.js";
    /** Classpath location of the test and bench bundle ({@code wtpTestkit}). */
    public static final String TESTKIT = "party/wtp/client/wtp-testkit.js";

    private Bundles() {
    }

    /** {@code wtp-client.js}. */
    public static byte[] client() {
        return resource(CLIENT);
    }

    /** {@code wtp-testkit.js}. */
    public static byte[] testkit() {
        return resource(TESTKIT);
    }

    /** A page resource of this module, e.g. {@code "testkit.html"} from {@code party/wtp/browser/}. */
    public static byte[] page(String name) {
        return resource("party/wtp/browser/" + name);
    }

    /** Puts the testkit bundle, its page ({@code /testkit.html}) and the page tools on {@code host}. */
    public static StaticSites putTestkit(StaticSites sites, String host) {
        return sites.put(host, "wtp-testkit.js", testkit())
                .put(host, "page-tools.js", page("page-tools.js"))
                .put(host, "testkit.html", page("testkit.html"));
    }

    private static byte[] resource(String path) {
        try (InputStream in = Bundles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the test classpath"
                        + " (build client-teavm first: mvn -pl browser-tests -am verify)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
