package party.wtp.envelope;

import java.util.ArrayList;
import java.util.List;
import party.wtp.crypto.PartyPublicKey;

/**
 * The roots whose signature a reader has already checked, so that each generation costs one Ed25519
 * verification per visit however many resources it reads. Bound to one party key.
 */
public final class TrustedRoots {
    private final PartyPublicKey party;
    private final List<SignedRoot> verified = new ArrayList<>();
    private long highestGeneration = -1;

    public TrustedRoots(PartyPublicKey party) {
        this.party = party;
    }

    public PartyPublicKey party() {
        return party;
    }

    /** True when the root is known good or its signature holds now (then it is remembered). */
    boolean accept(SignedRoot root, byte[] signature) {
        for (SignedRoot r : verified) {
            if (r.equals(root)) {
                return true;
            }
        }
        if (!root.verify(party, signature)) {
            return false;
        }
        if (verified.size() >= 64) {
            verified.remove(0);
        }
        verified.add(root);
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
