package party.wtp.crypto;

import org.bouncycastle.math.ec.rfc8032.Ed25519;

/** A party's Ed25519 signing key: the creator's secret, which signs one root per generation. */
public final class PartyKey {
    public static final int SEED_LENGTH = 32;
    private final byte[] seed;
    private final PartyPublicKey publicKey;

    private PartyKey(byte[] seed) {
        this.seed = seed;
        byte[] pk = new byte[PartyPublicKey.LENGTH];
        Ed25519.generatePublicKey(seed, 0, pk, 0);
        this.publicKey = PartyPublicKey.of(pk);
    }

    public static PartyKey generate(Randomness random) {
        return new PartyKey(random.bytes(SEED_LENGTH));
    }

    public static PartyKey fromSeed(byte[] seed) {
        if (seed.length != SEED_LENGTH) {
            throw new IllegalArgumentException("an Ed25519 secret key is 32 bytes, got " + seed.length);
        }
        return new PartyKey(seed.clone());
    }

    public PartyPublicKey publicKey() {
        return publicKey;
    }

    public byte[] sign(byte[] message) {
        byte[] sig = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(seed, 0, publicKey.toBytes(), 0, message, 0, message.length, sig, 0);
        return sig;
    }

    /** A secret only the creator can compute, from which stable per-path resource keys are derived. */
    public byte[] derive(String label, byte[] data) {
        return Sha256.tagged(label, Sha256.tagged("wtp/party-secret/v1", seed), data);
    }

    /** The raw seed, for writing the key file. */
    public byte[] seed() {
        return seed.clone();
    }
}
