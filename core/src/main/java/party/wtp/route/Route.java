package party.wtp.route;

import party.wtp.anchor.ResourceKey;
import party.wtp.crypto.Fingerprint;

/**
 * What a URL fragment carries to the client: the party's fingerprint, the resource key of the page,
 * and optionally an element id to scroll to. Written {@code FP.KEY} or {@code FP.KEY.TARGET}
 * (22 + 1 + 22 characters, TARGET percent-encoded), the same on every mirror, so a bookmark opens anywhere.
 */
public final class Route {
    private final Fingerprint party;
    private final ResourceKey key;
    private final String target;

    public Route(Fingerprint party, ResourceKey key, String target) {
        this.party = party;
        this.key = key;
        this.target = target == null || target.isEmpty() ? null : target;
    }

    /** Parses a fragment with or without its leading '#'; throws IllegalArgumentException in plain words. */
    public static Route parse(String fragment) {
        String f = fragment.startsWith("#") ? fragment.substring(1) : fragment;
        int dot = f.indexOf('.');
        if (dot != Fingerprint.TEXT_LENGTH || f.length() < dot + 1 + ResourceKey.TEXT_LENGTH) {
            throw new IllegalArgumentException("this link is incomplete: it does not name a party and a page");
        }
        Fingerprint fp = Fingerprint.parse(f.substring(0, dot));
        int keyEnd = dot + 1 + ResourceKey.TEXT_LENGTH;
        ResourceKey key = ResourceKey.parse(f.substring(dot + 1, keyEnd));
        String target = null;
        if (f.length() > keyEnd) {
            if (f.charAt(keyEnd) != '.') {
                throw new IllegalArgumentException("this link is damaged: unexpected text after the page key");
            }
            target = PercentCoding.decode(f.substring(keyEnd + 1));
        }
        return new Route(fp, key, target);
    }

    public Fingerprint party() {
        return party;
    }

    public ResourceKey key() {
        return key;
    }

    /** The element id to scroll to, or null. */
    public String target() {
        return target;
    }

    public Route withTarget(String newTarget) {
        return new Route(party, key, newTarget);
    }

    /** The fragment, without '#'. */
    @Override
    public String toString() {
        String base = party + "." + key;
        return target == null ? base : base + "." + PercentCoding.encode(target);
    }
}
