package party.wtp.manifest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import party.wtp.anchor.ResourceId;
import party.wtp.bytes.ByteReader;
import party.wtp.bytes.ByteWriter;
import party.wtp.bytes.MalformedException;
import party.wtp.crypto.PartyPublicKey;

/**
 * One mirror's signed manifest: the party's key, the generation, the entry resource, the limit on resource size,
 * the mirror itself and the list of other mirrors it names, plus optional report URL and about text.
 * It travels as a {@code MANIFEST} envelope, so its authenticity comes from the generation's signed root.
 */
public final class Manifest {
    public static final int MAX_LENGTH = 1 << 20;
    public static final int MAX_MIRRORS = 1024;
    public static final int MAX_ABOUT = 64 * 1024;
    private static final byte[] MAGIC = {'W', 'T', 'P', 'M'};
    private static final int VERSION = 1;

    private final PartyPublicKey party;
    private final long generation;
    private final long createdSeconds;
    private final ResourceId entry;
    private final long maxResourceLength;
    private final MirrorEntry self;
    private final List<MirrorEntry> mirrors;
    private final String reportUrl;
    private final String about;

    public Manifest(PartyPublicKey party, long generation, long createdSeconds, ResourceId entry, long maxResourceLength,
            MirrorEntry self, List<MirrorEntry> mirrors, String reportUrl, String about) {
        this.party = party;
        this.generation = generation;
        this.createdSeconds = createdSeconds;
        this.entry = entry;
        this.maxResourceLength = maxResourceLength;
        this.self = self;
        this.mirrors = Collections.unmodifiableList(new ArrayList<>(mirrors));
        this.reportUrl = reportUrl == null ? "" : reportUrl;
        this.about = about == null ? "" : about;
        if (mirrors.size() > MAX_MIRRORS) {
            throw new IllegalArgumentException("a manifest names at most " + MAX_MIRRORS + " mirrors");
        }
    }

    public PartyPublicKey party() {
        return party;
    }

    public long generation() {
        return generation;
    }

    /** When the generation was built, in seconds since 1970 (shown with stale-content notices). */
    public long createdSeconds() {
        return createdSeconds;
    }

    public ResourceId entry() {
        return entry;
    }

    public long maxResourceLength() {
        return maxResourceLength;
    }

    /** The mirror this manifest belongs to. */
    public MirrorEntry self() {
        return self;
    }

    /** The other mirrors this mirror's signed list names. */
    public List<MirrorEntry> mirrors() {
        return mirrors;
    }

    /** Where clients report dead mirrors and bad copies, or "" when reports are off. */
    public String reportUrl() {
        return reportUrl;
    }

    /** The creator's text on what this is and how to host a mirror, or "". */
    public String about() {
        return about;
    }

    public byte[] encode() {
        ByteWriter w = new ByteWriter(256).bytes(MAGIC).u8(VERSION).bytes(party.toBytes()).u64(generation)
                .u64(createdSeconds).bytes(entry.toBytes()).u64(maxResourceLength);
        self.encode(w);
        w.u16(mirrors.size());
        for (MirrorEntry m : mirrors) {
            m.encode(w);
        }
        w.string16(reportUrl).string32(about);
        if (w.size() > MAX_LENGTH) {
            throw new IllegalArgumentException("manifest is larger than " + MAX_LENGTH + " bytes");
        }
        return w.toByteArray();
    }

    public static Manifest decode(byte[] data, int off, int len) {
        return decode(data, off, len, null);
    }

    /**
     * As {@link #decode(byte[], int, int)}; a party key equal to {@code known} (already checked as a public key) is
     * taken as it is instead of checked again: a key's check costs as much as a signature's.
     */
    public static Manifest decode(byte[] data, int off, int len, PartyPublicKey known) {
        if (len > MAX_LENGTH) {
            throw new MalformedException("manifest is larger than " + MAX_LENGTH + " bytes");
        }
        ByteReader r = new ByteReader(data, off, len);
        byte[] magic = r.bytes(4, "manifest magic");
        for (int i = 0; i < 4; i++) {
            if (magic[i] != MAGIC[i]) {
                throw new MalformedException("not a WTP manifest (bad magic)");
            }
        }
        int version = r.u8("manifest version");
        if (version != VERSION) {
            throw new MalformedException("unsupported manifest version " + version);
        }
        PartyPublicKey party;
        byte[] key = r.bytes(32, "party key");
        try {
            party = known != null && Arrays.equals(known.toBytes(), key) ? known : PartyPublicKey.of(key);
        } catch (IllegalArgumentException e) {
            throw new MalformedException(e.getMessage());
        }
        long generation = r.u63("generation");
        long created = r.u63("created");
        ResourceId entry = ResourceId.of(r.bytes(ResourceId.LENGTH, "entry id"));
        long maxLength = r.u63("max resource length");
        MirrorEntry self = MirrorEntry.decode(r);
        int count = r.u16("mirror count");
        if (count > MAX_MIRRORS) {
            throw new MalformedException("manifest names " + count + " mirrors, more than " + MAX_MIRRORS);
        }
        List<MirrorEntry> mirrors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            mirrors.add(MirrorEntry.decode(r));
        }
        String report = r.string16("report URL");
        String about = r.string32("about text", MAX_ABOUT);
        r.expectEnd("manifest");
        return new Manifest(party, generation, created, entry, maxLength, self, mirrors, report, about);
    }
}
