package party.wtp.client.shim.bc.crypto;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import org.bouncycastle.crypto.CryptoServiceProperties;
import org.bouncycastle.crypto.CryptoServicesConstraints;
import org.bouncycastle.crypto.SecureRandomProvider;
import party.wtp.client.js.BrowserRandom;

/**
 * Slim TeaVM stand-in for {@code org.bouncycastle.crypto.CryptoServicesRegistrar}: the original pulls in logging,
 * permissions, thread locals and system-property parsing (most of the bundle). A browser page has one thread and
 * no security manager, so this keeps only the state; its default randomness is {@link BrowserRandom}.
 * Public API mirrors the original so any Bouncy Castle class compiles against it.
 */
public final class CryptoServicesRegistrar {
    private static final CryptoServicesConstraints NO_CONSTRAINTS = properties -> { };
    private static final Map<Object, Object[]> PROPERTIES = new HashMap<>();
    private static SecureRandomProvider randomProvider;
    private static CryptoServicesConstraints constraints = NO_CONSTRAINTS;

    private CryptoServicesRegistrar() {
    }

    /** The configured random source, else the browser's {@code crypto.getRandomValues}. */
    public static SecureRandom getSecureRandom() {
        SecureRandomProvider provider = randomProvider;
        return provider != null ? provider.get() : BrowserRandom.get();
    }

    /** {@code random} if given, else {@link #getSecureRandom()}. */
    public static SecureRandom getSecureRandom(SecureRandom random) {
        return random != null ? random : getSecureRandom();
    }

    /** Sets (or with {@code null}, clears) the default random source. */
    public static void setSecureRandom(SecureRandom random) {
        randomProvider = random == null ? null : () -> random;
    }

    /** Sets (or with {@code null}, clears) the default random source provider. */
    public static void setSecureRandomProvider(SecureRandomProvider provider) {
        randomProvider = provider;
    }

    /** Whether a default random source was set explicitly. */
    public static boolean isSecureRandomSpecified() {
        return randomProvider != null;
    }

    /** The current constraints; by default none. */
    public static CryptoServicesConstraints getServicesConstraints() {
        return constraints;
    }

    /** Checks a service against the current constraints. */
    public static void checkConstraints(CryptoServiceProperties properties) {
        constraints.check(properties);
    }

    /** Sets (or with {@code null}, clears) the constraints. */
    public static void setServicesConstraints(CryptoServicesConstraints newConstraints) {
        constraints = newConstraints == null ? NO_CONSTRAINTS : newConstraints;
    }

    /** The first value of a property, or {@code null}. */
    @SuppressWarnings("unchecked")
    public static <T> T getProperty(org.bouncycastle.crypto.CryptoServicesRegistrar.Property property) {
        Object[] values = PROPERTIES.get(property);
        return values == null || values.length == 0 ? null : (T) values[0];
    }

    /** All values of a property, or {@code null}. */
    @SuppressWarnings("unchecked")
    public static <T> T[] getSizedProperty(org.bouncycastle.crypto.CryptoServicesRegistrar.Property property) {
        Object[] values = PROPERTIES.get(property);
        return values == null ? null : (T[]) values.clone();
    }

    /** Never set in a browser: always {@code null}, as the original does for unset properties. */
    public static <T> T getSizedProperty(org.bouncycastle.crypto.CryptoServicesRegistrar.Property property, int size) {
        return null;
    }

    /** Sets a property; a page has one thread, so thread and global scope are the same. */
    @SafeVarargs
    public static <T> void setThreadProperty(org.bouncycastle.crypto.CryptoServicesRegistrar.Property property,
            T... values) {
        PROPERTIES.put(property, values.clone());
    }

    /** Sets a property. */
    @SafeVarargs
    public static <T> void setGlobalProperty(org.bouncycastle.crypto.CryptoServicesRegistrar.Property property,
            T... values) {
        PROPERTIES.put(property, values.clone());
    }

    /** Clears a property, returning its old values. */
    @SuppressWarnings("unchecked")
    public static <T> T[] clearGlobalProperty(org.bouncycastle.crypto.CryptoServicesRegistrar.Property property) {
        return (T[]) PROPERTIES.remove(property);
    }

    /** Clears a property, returning its old values. */
    @SuppressWarnings("unchecked")
    public static <T> T[] clearThreadProperty(org.bouncycastle.crypto.CryptoServicesRegistrar.Property property) {
        return (T[]) PROPERTIES.remove(property);
    }
}
