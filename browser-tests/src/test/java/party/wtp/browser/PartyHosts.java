package party.wtp.browser;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The host names tests may serve sites on: {@code m1.party.test} to {@code m16.party.test}, all meaning 127.0.0.1.
 * Chromium maps the whole {@code *.party.test} domain, but Firefox only maps names listed when it starts, so the
 * list is fixed here and {@link StaticSites} refuses any other name.
 */
public final class PartyHosts {
    /** The domain every test host lives under. */
    public static final String DOMAIN = "party.test";
    /** Every name a test may use, in order. */
    public static final List<String> NAMES = IntStream.rangeClosed(1, 16)
            .mapToObj(i -> "m" + i + "." + DOMAIN)
            .toList();

    private PartyHosts() {
    }

    /** {@code "m1"} becomes {@code "m1.party.test"}; a full listed name is returned as is; others are refused. */
    public static String fullName(String host) {
        String full = host.endsWith("." + DOMAIN) ? host : host + "." + DOMAIN;
        if (!NAMES.contains(full)) {
            throw new IllegalArgumentException("host " + host + " is not one of the test hosts " + NAMES
                    + " (Firefox resolves only those to 127.0.0.1)");
        }
        return full;
    }
}
