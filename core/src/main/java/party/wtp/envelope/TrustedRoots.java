package party.wtp.envelope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import party.wtp.crypto.PartyPublicKey;

/**
 * The roots whose signature a reader has already checked, so that each generation costs one Ed25519
 * verification per visit however many resources it reads. Bound to one party key.
 */
public final class TrustedRoots {
    private final PartyPublicKey party;
    private final boolean exactSignatures;
    private final List<SignedRoot> verified = new ArrayList<>();
    /** The signature each root in {@link #verified} was verified with, at the same index. */
    private final List<byte[]> signatures = new ArrayList<>();
    private long highestGeneration = -1;

    public TrustedRoots(PartyPublicKey party) {
        this(party, false);
    }

    private TrustedRoots(PartyPublicKey party, boolean exactSignatures) {
        this.party = party;
        this.exactSignatures = exactSignatures;
    }

    /**
     * Roots trusted again only with the very signature bytes they were verified with, for a health check: a copy
     * whose signature is damaged is refused even under a known root, yet each distinct signature is verified once.
     */
    public static TrustedRoots withExactSignatures(PartyPublicKey party) {
        return new TrustedRoots(party, true);
    }

    public PartyPublicKey party() {
        return party;
    }

    /** True when the root is known good or its signature holds now (then it is remembered). */
    boolean accept(SignedRoot root, byte[] signature) {
        for (int i = 0; i < verified.size(); i++) {
            if (verified.get(i).equals(root) && (!exactSignatures || Arrays.equals(signatures.get(i), signature))) {
                return true;
            }
        }
        if (!root.verify(party, signature)) {
            return false;
        }
        if (verified.size() >= 64) {
            verified.remove(0);
            signatures.remove(0);
        }
        verified.add(root);
        signatures.add(signature.clone());
        if (root.generation > highestGeneration) {
            highestGeneration = root.generation;
        }
        return true;
    }

    /** The newest generation seen with a valid signature, or -1. */
    public long highestGeneration() {
        return highestGeneration;
    }
}
