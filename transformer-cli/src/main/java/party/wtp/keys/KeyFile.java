package party.wtp.keys;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import party.wtp.bytes.Base64Url;
import party.wtp.bytes.Utf8;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.PartyPublicKey;
import party.wtp.crypto.Randomness;

/**
 * A party key file: UTF-8 text, a magic first line, then {@code name: value} lines (base64url values; '#' lines are
 * comments). Three forms: a plain secret key ({@code wtp-party-key v1}, {@code public:}, {@code secret:}), a secret
 * key sealed with a passphrase ({@code wtp-party-key v1}, {@code public:}, {@code kdf:}, {@code salt:},
 * {@code sealed:}), and a public key alone ({@code wtp-party-public v1}, {@code public:}).
 */
public final class KeyFile {
    public static final String SECRET_MAGIC = "wtp-party-key v1";
    public static final String PUBLIC_MAGIC = "wtp-party-public v1";
    /** No key file is anywhere near this long; longer files are refused unread. */
    static final int MAX_LENGTH = 16 * 1024;

    private final Path file;
    private final PartyPublicKey publicKey;
    private final byte[] secret;
    private final ScryptSeal kdf;
    private final byte[] salt;
    private final byte[] sealed;

    private KeyFile(Path file, PartyPublicKey publicKey, byte[] secret, ScryptSeal kdf, byte[] salt, byte[] sealed) {
        this.file = file;
        this.publicKey = publicKey;
        this.secret = secret;
        this.kdf = kdf;
        this.salt = salt;
        this.sealed = sealed;
    }

    /** The text of a plain secret key file. */
    public static String encode(PartyKey key) {
        return header(SECRET_MAGIC, key.publicKey()) + "secret: " + Base64Url.encode(key.seed()) + "\n";
    }

    /** The text of a secret key file sealed under {@code passphrase} with the standard scrypt cost. */
    public static String encodeSealed(PartyKey key, byte[] passphrase, Randomness random) {
        return encodeSealed(key, passphrase, random, ScryptSeal.standard());
    }

    static String encodeSealed(PartyKey key, byte[] passphrase, Randomness random, ScryptSeal kdf) {
        byte[] salt = random.bytes(ScryptSeal.SALT_LENGTH);
        byte[] nonce = random.bytes(ScryptSeal.NONCE_LENGTH);
        byte[] seed = key.seed();
        byte[] sealed = kdf.seal(passphrase, salt, nonce, associated(key.publicKey()), seed);
        Arrays.fill(seed, (byte) 0);
        return header(SECRET_MAGIC, key.publicKey()) + "kdf: " + kdf.describe() + "\nsalt: " + Base64Url.encode(salt)
                + "\nsealed: " + Base64Url.encode(sealed) + "\n";
    }

    /** The text of a public key file. */
    public static String encodePublic(PartyPublicKey key) {
        return header(PUBLIC_MAGIC, key);
    }

    private static String header(String magic, PartyPublicKey key) {
        return magic + "\n# party fingerprint " + key.fingerprint() + "\npublic: " + key + "\n";
    }

    /** The sealed secret is bound to the magic and the public key, so neither can be swapped under it. */
    private static byte[] associated(PartyPublicKey key) {
        byte[] magic = Utf8.encode(SECRET_MAGIC);
        byte[] pk = key.toBytes();
        byte[] out = new byte[magic.length + 1 + pk.length];
        System.arraycopy(magic, 0, out, 0, magic.length);
        System.arraycopy(pk, 0, out, magic.length + 1, pk.length);
        return out;
    }

    /** Reads and checks the structure of a key file of any form; the secret stays sealed until {@link #secret}. */
    public static KeyFile read(Path file) throws KeyFileException {
        String text = load(file);
        String[] lines = text.split("\r?\n", -1);
        String magic = lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[0];
        boolean secretForm = magic.equals(SECRET_MAGIC);
        if (!secretForm && !magic.equals(PUBLIC_MAGIC)) {
            throw new KeyFileException(file + ": not a WTP party key file (the first line should be '" + SECRET_MAGIC
                    + "' or '" + PUBLIC_MAGIC + "')");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new KeyFileException(file + ": line " + (i + 1) + " is not of the form 'name: value'");
            }
            String name = line.substring(0, colon).trim();
            if (fields.put(name, line.substring(colon + 1).trim()) != null) {
                throw new KeyFileException(file + ": field '" + name + "' appears twice");
            }
        }
        PartyPublicKey pk = publicKey(file, fields.remove("public"));
        if (!secretForm) {
            expectNoMore(file, fields);
            return new KeyFile(file, pk, null, null, null, null);
        }
        if (fields.containsKey("secret")) {
            byte[] seed = bytes(file, fields.remove("secret"), "secret", PartyKey.SEED_LENGTH);
            expectNoMore(file, fields);
            if (!PartyKey.fromSeed(seed).publicKey().equals(pk)) {
                throw new KeyFileException(file + ": damaged key file: the secret does not belong to the public key");
            }
            return new KeyFile(file, pk, seed, null, null, null);
        }
        String kdfText = fields.remove("kdf");
        if (kdfText == null) {
            throw new KeyFileException(file + ": key file has neither a 'secret:' nor a 'kdf:' line");
        }
        ScryptSeal kdf = ScryptSeal.parse(kdfText);
        if (kdf == null) {
            throw new KeyFileException(file + ": unknown key derivation '" + kdfText + "' (expected scrypt N=.. r=.. p=..)");
        }
        if (!kdf.reasonable()) {
            throw new KeyFileException(file + ": scrypt cost '" + kdfText + "' is out of the accepted range");
        }
        byte[] salt = bytes(file, fields.remove("salt"), "salt", ScryptSeal.SALT_LENGTH);
        byte[] sealed = bytes(file, fields.remove("sealed"), "sealed",
                ScryptSeal.NONCE_LENGTH + PartyKey.SEED_LENGTH + ScryptSeal.TAG_LENGTH);
        expectNoMore(file, fields);
        return new KeyFile(file, pk, null, kdf, salt, sealed);
    }

    private static String load(Path file) throws KeyFileException {
        byte[] data;
        try {
            if (Files.isDirectory(file)) {
                throw new KeyFileException(file + ": is a folder, not a key file");
            }
            try (InputStream in = Files.newInputStream(file)) {
                data = in.readNBytes(MAX_LENGTH + 1);
            }
        } catch (NoSuchFileException e) {
            throw new KeyFileException(file + ": key file does not exist");
        } catch (IOException e) {
            throw new KeyFileException(file + ": cannot read key file (" + e.getMessage() + ")");
        }
        if (data.length > MAX_LENGTH) {
            throw new KeyFileException(file + ": not a WTP party key file (far too long)");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            throw new KeyFileException(file + ": not a WTP party key file (not UTF-8 text)");
        }
    }

    private static PartyPublicKey publicKey(Path file, String value) throws KeyFileException {
        byte[] raw = bytes(file, value, "public", PartyPublicKey.LENGTH);
        try {
            return PartyPublicKey.of(raw);
        } catch (IllegalArgumentException e) {
            throw new KeyFileException(file + ": damaged key file: 'public:' is " + e.getMessage());
        }
    }

    private static byte[] bytes(Path file, String value, String name, int length) throws KeyFileException {
        if (value == null) {
            throw new KeyFileException(file + ": key file lacks its '" + name + ":' line");
        }
        try {
            return Base64Url.decode(value, length, "'" + name + ":'");
        } catch (IllegalArgumentException e) {
            throw new KeyFileException(file + ": damaged key file: " + e.getMessage());
        }
    }

    private static void expectNoMore(Path file, Map<String, String> fields) throws KeyFileException {
        if (!fields.isEmpty()) {
            throw new KeyFileException(file + ": unexpected field '" + fields.keySet().iterator().next() + ":'");
        }
    }

    public Path file() {
        return file;
    }

    public PartyPublicKey publicKey() {
        return publicKey;
    }

    /** True for the {@code wtp-party-public v1} form, which cannot sign. */
    public boolean isPublicOnly() {
        return secret == null && sealed == null;
    }

    /** True when the secret is sealed under a passphrase. */
    public boolean isSealed() {
        return sealed != null;
    }

    /** The signing key; asks {@code passphrase} only when the secret is sealed. */
    public PartyKey secret(Passphrase passphrase) throws KeyFileException {
        if (isPublicOnly()) {
            throw new KeyFileException(file + ": holds only a public key; this needs the party's secret key file");
        }
        if (secret != null) {
            return PartyKey.fromSeed(secret);
        }
        byte[] pass = passphrase.bytes(file);
        byte[] seed = kdf.open(pass, salt, associated(publicKey), sealed);
        Arrays.fill(pass, (byte) 0);
        if (seed == null) {
            throw new KeyFileException(file + ": wrong passphrase (or the key file is damaged)");
        }
        PartyKey key = PartyKey.fromSeed(seed);
        Arrays.fill(seed, (byte) 0);
        if (!key.publicKey().equals(publicKey)) {
            throw new KeyFileException(file + ": damaged key file: the secret does not belong to the public key");
        }
        return key;
    }
}
