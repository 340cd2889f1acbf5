package party.wtp.client.shim;

import org.teavm.classlib.impl.JCLPlugin;
import org.teavm.model.ValueType;
import org.teavm.vm.spi.After;
import org.teavm.vm.spi.TeaVMHost;
import org.teavm.vm.spi.TeaVMPlugin;

/**
 * Installs the bundle-size plugins ({@link CompactConcat}, {@link SingleThreadedTables}, {@link LazyStackTraces}),
 * which are written for TeaVM 0.16. client-legacy's TeaVM 0.10 sees this class on its class path too: there it
 * installs nothing, since loading the plugins themselves would fail on API that TeaVM 0.10 lacks.
 */
@After(JCLPlugin.class)
public final class SizePlugins implements TeaVMPlugin {
    @Override
    public void install(TeaVMHost host) {
        if (!modernTeaVm()) {
            return;
        }
        new SingleThreadedTables().install(host);
        new CompactConcat().install(host);
        new LazyStackTraces().install(host);
    }

    /** True on TeaVM 0.16, whose {@code ValueType.arrayOf} returns a {@code ValueType.Array} (0.10's does not). */
    private static boolean modernTeaVm() {
        try {
            return ValueType.class.getMethod("arrayOf", ValueType.class).getReturnType() != ValueType.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
