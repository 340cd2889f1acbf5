package party.wtp.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.openqa.selenium.remote.RemoteWebDriver;

/** The real browsers the suite drives. {@code -Dwtp.browsers=chromium,firefox} picks which (default: both). */
public enum BrowserKind {
    CHROMIUM {
        @Override
        Browser launch(Path scratch) {
            Path profiles = scratch.resolve("chromium");
            RemoteWebDriver driver = Chromium.start(profiles);
            return new Browser(this, driver, () -> {
                try {
                    driver.quit();
                } finally {
                    deleteTree(profiles);
                }
            });
        }
    },
    FIREFOX {
        @Override
        Browser launch(Path scratch) {
            Firefox.Session session = Firefox.start(scratch.resolve("firefox"));
            return new Browser(this, session.driver(), session);
        }
    };

    /** Starts a new instance of this browser, keeping its files under {@code scratch}. */
    abstract Browser launch(Path scratch);

    /** Lower-case name, as used in {@code -Dwtp.browsers}, display names and screenshot files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The browsers chosen by {@code -Dwtp.browsers}, in declaration order. */
    public static List<BrowserKind> enabled() {
        String chosen = System.getProperty("wtp.browsers", "chromium,firefox");
        List<String> names = Arrays.stream(chosen.split(","))
                .map(s -> s.trim().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty())
                .toList();
        for (String name : names) {
            if (Arrays.stream(values()).noneMatch(k -> k.label().equals(name))) {
                throw new IllegalArgumentException("-Dwtp.browsers: unknown browser " + name
                        + " (known: chromium, firefox)");
            }
        }
        return Arrays.stream(values()).filter(k -> names.contains(k.label())).toList();
    }

    /** Fails with the fix in the message when a browser file is missing. */
    static void requireExecutable(String path, String debianPackage) {
        if (!new File(path).canExecute()) {
            throw new IllegalStateException(path + " is missing: run scripts/ensure-browsers.sh"
                    + " (installs the Debian package " + debianPackage + ")");
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
