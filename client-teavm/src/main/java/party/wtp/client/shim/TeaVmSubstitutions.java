package party.wtp.client.shim;

import java.util.function.Predicate;
import org.teavm.extension.spi.substitution.SimpleSubstitutionPolicy;
import org.teavm.extension.spi.substitution.SubstitutionSink;

/**
 * Tells TeaVM (through its class-substitution SPI) to compile our slim stand-ins in place of a few classes
 * that either do not exist in TeaVM's class library or drag most of Bouncy Castle's registry code into the bundle,
 * and of the core's {@code WordView}, {@code BulkSha256} and {@code ChaChaLanes}, whose JVM versions use what only
 * the JVM has.
 * Only TeaVM reads this class; on a JVM the originals are used.
 */
public final class TeaVmSubstitutions extends SimpleSubstitutionPolicy {
    /** Package that mirrors {@code org.bouncycastle}: a stand-in for {@code org.bouncycastle.x.Y} is {@code BC_SHIMS.x.Y}. */
    static final String BC_SHIMS = "party.wtp.client.shim.bc";
    /** Package that holds stand-ins for {@code javax.security.auth} types TeaVM lacks. */
    static final String AUTH_SHIMS = "party.wtp.client.shim.javax.security.auth";
    /** Package that holds browser versions of core classes: a stand-in for {@code party.wtp.x.Y} is {@code WTP_SHIMS.x.Y}. */
    static final String WTP_SHIMS = "party.wtp.client.shim.wtp";

    @Override
    public void contribute(SubstitutionSink sink) {
        Predicate<String> slimBc = named("org.bouncycastle.crypto.CryptoServicesRegistrar")
                .or(named("org.bouncycastle.crypto.CryptoServicePurpose"))
                .or(named("org.bouncycastle.util.Strings"));
        sink.selectClasses(slimBc).replacePackage("org.bouncycastle", BC_SHIMS);

        Predicate<String> auth = named("javax.security.auth.Destroyable")
                .or(named("javax.security.auth.DestroyFailedException"));
        sink.selectClasses(auth).replacePackage("javax.security.auth", AUTH_SHIMS);

        sink.selectClasses(named("party.wtp.crypto.WordView").or(named("party.wtp.crypto.BulkSha256"))
                .or(named("party.wtp.crypto.ChaChaLanes")))
                .replacePackage("party.wtp", WTP_SHIMS);
    }
}
