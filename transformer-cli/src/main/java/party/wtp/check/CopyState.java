package party.wtp.check;

/** How one mirror's copy of one resource fared. */
enum CopyState {
    /** Served, verified (proof, signature, decryption, meta) and of the newest generation. */
    OK,
    /** The mirror says it holds the resource but did not serve it (404, error, timeout). */
    MISSING,
    /** Served but refused: altered bytes, a wrong resource, a bad signature, bad meta. */
    BAD,
    /** Authentic but of an older generation than the newest seen. */
    STALE,
    /**
     * 404 from a mirror whose holdings are a Bloom filter: the filter's answer "maybe" was a false positive (about
     * 1% of ids) or the copy was lost; either way not a fault of the mirror, and replication counts show real losses.
     */
    NOT_HELD;

    String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
