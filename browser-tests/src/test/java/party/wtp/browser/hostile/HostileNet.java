package party.wtp.browser.hostile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Hostile mirrors {@code m1..mN}, each on its own port, for one test; closing it closes them all. */
public final class HostileNet implements AutoCloseable {
    private final List<HostileMirror> mirrors = new ArrayList<>();

    private HostileNet(int count) {
        Path root = Path.of(System.getProperty("wtp.scratch", "target/browser-scratch"), "hostile",
                UUID.randomUUID().toString());
        for (int i = 1; i <= count; i++) {
            mirrors.add(new HostileMirror("m" + i, root.resolve("m" + i)));
        }
    }

    public static HostileNet start(int count) {
        return new HostileNet(count);
    }

    /** {@code m1} is {@code mirror(1)}. */
    public HostileMirror mirror(int n) {
        return mirrors.get(n - 1);
    }

    /** Mirrors {@code m1..mCount} (the party's; any further ones stay out of it). */
    public List<HostileMirror> first(int count) {
        return mirrors.subList(0, count);
    }

    /** Kills these mirrors: their ports refuse connections. */
    public void kill(int... numbers) {
        for (int n : numbers) {
            mirror(n).kill();
        }
    }

    @Override
    public void close() {
        for (HostileMirror m : mirrors) {
            m.close();
        }
    }
}
