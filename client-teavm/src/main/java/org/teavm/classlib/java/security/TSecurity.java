package org.teavm.classlib.java.security;

/**
 * TeaVM class-library entry for {@code java.security.Security}, which TeaVM lacks and Bouncy Castle consults
 * for optional overrides. A browser has no security properties, so every lookup finds none.
 */
public final class TSecurity {
    private TSecurity() {
    }

    /** Always {@code null}: there are no security properties in a browser. */
    public static String getProperty(String key) {
        return null;
    }
}
