package party.wtp.manifest;

import party.wtp.anchor.ResourceId;
import party.wtp.bytes.ByteReader;
import party.wtp.bytes.ByteWriter;
import party.wtp.bytes.MalformedException;
import party.wtp.naming.MirrorSalt;

/** One mirror as a signed list names it: base URL, name salt, and what it holds. */
public final class MirrorEntry {
    private final MirrorUrl url;
    private final MirrorSalt salt;
    private final Holdings holdings;

    public MirrorEntry(MirrorUrl url, MirrorSalt salt, Holdings holdings) {
        this.url = url;
        this.salt = salt;
        this.holdings = holdings;
    }

    public MirrorUrl url() {
        return url;
    }

    public MirrorSalt salt() {
        return salt;
    }

    public Holdings holdings() {
        return holdings;
    }

    public boolean mayHold(ResourceId id) {
        return holdings.mayHold(id);
    }

    /** Where this mirror serves a resource. */
    public String urlOf(ResourceId id) {
        return url.resolve(salt.fileName(id));
    }

    /** Where this mirror serves its own manifest. */
    public String manifestUrl() {
        return url.resolve(salt.fileName(ResourceId.ofManifest(salt)));
    }

    public String bridgeUrl() {
        return url.resolve(salt.bridgeFileName());
    }

    void encode(ByteWriter w) {
        w.string16(url.toString()).bytes(salt.toBytes());
        holdings.encode(w);
    }

    static MirrorEntry decode(ByteReader r) {
        String u = r.string16("mirror URL");
        MirrorUrl url;
        try {
            url = MirrorUrl.parse(u);
        } catch (IllegalArgumentException e) {
            throw new MalformedException(e.getMessage());
        }
        if (!url.toString().equals(u)) {
            throw new MalformedException("mirror URL is not in normal form: " + u);
        }
        MirrorSalt salt = MirrorSalt.of(r.bytes(MirrorSalt.LENGTH, "mirror salt"));
        return new MirrorEntry(url, salt, Holdings.decode(r));
    }
}
