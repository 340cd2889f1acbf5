package party.wtp.browser.site;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import party.wtp.browser.StaticSites;

/**
 * A real generated documentation site: the small Sphinx project bundled under
 * {@code party/wtp/browser/site/docs} is built once per test run with Debian's {@code sphinx-build} (python3-sphinx,
 * installed by scripts/ensure-browsers.sh) and published by {@link PublishedSite}.
 */
public final class DocsSite {
    private static final String[] SOURCES = {"conf.py", "index.rst", "wicks.rst", "oil.rst", "pictures.rst"};
    /** Built sites by number of extra chapters. */
    private static final Map<Integer, Path> BUILT = new HashMap<>();

    private DocsSite() {
    }

    /** The Sphinx output folder, built on first use. */
    public static Path html() {
        return html(0);
    }

    /** The Sphinx output of the docs with {@code chapters} more generated pages ({@code chapter01.html}...). */
    public static synchronized Path html(int chapters) {
        return BUILT.computeIfAbsent(chapters, n -> build(scratch().resolve("sphinx-docs-" + n), n));
    }

    /** Publishes the docs as a party with one mirror per host in {@code hosts}, and plainly on {@link #PLAIN}. */
    public static PublishedSite publish(StaticSites sites, String... hosts) {
        return publish(sites, 0, hosts);
    }

    /** As {@link #publish(StaticSites, String...)}, with {@code chapters} generated pages more. */
    public static PublishedSite publish(StaticSites sites, int chapters, String... hosts) {
        return PublishedSite.publish(sites, html(chapters), hosts);
    }

    /** Every file of the generated site, as paths relative to its folder ({@code _static/alabaster.css}). */
    public static List<String> files() {
        try (Stream<Path> all = Files.walk(html())) {
            return all.filter(Files::isRegularFile).map(p -> html().relativize(p).toString().replace('\\', '/'))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path build(Path root, int chapters) {
        try {
            Path source = root.resolve("source");
            Path output = root.resolve("html");
            Files.createDirectories(source);
            for (String name : SOURCES) {
                try (InputStream in = DocsSite.class.getResourceAsStream("docs/" + name)) {
                    Files.copy(in, source.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (chapters > 0) {
                Files.writeString(source.resolve("index.rst"), "\n.. toctree::\n   :glob:\n\n   chapter*\n",
                        StandardOpenOption.APPEND);
            }
            for (int i = 1; i <= chapters; i++) {
                String title = "Chapter %02d".formatted(i);
                StringBuilder text = new StringBuilder(title + "\n" + "=".repeat(title.length()) + "\n\n");
                for (int p = 1; p <= 12; p++) {
                    text.append("Paragraph ").append(p).append(" of ").append(title.toLowerCase())
                            .append(": the lanterns are carried along the river, past the mill and the walnut grove,")
                            .append(" and set down one by one on the steps of the square.\n\n");
                }
                text.append(".. image:: lantern.png\n   :alt: a lantern\n");
                Files.writeString(source.resolve("chapter%02d.rst".formatted(i)), text.toString());
            }
            picture(source.resolve("lantern.png"), 120, 80, new Color(255, 190, 40));
            picture(source.resolve("square.png"), 200, 100, new Color(60, 90, 160));
            Process sphinx;
            try {
                sphinx = new ProcessBuilder("sphinx-build", "-q", "-E", "-b", "html", source.toString(),
                        output.toString()).redirectErrorStream(true).start();
            } catch (IOException e) {
                throw new IllegalStateException("sphinx-build is not installed: install Debian's python3-sphinx"
                        + " (scripts/ensure-browsers.sh does)", e);
            }
            String log = new String(sphinx.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!sphinx.waitFor(120, TimeUnit.SECONDS) || sphinx.exitValue() != 0) {
                throw new IllegalStateException("sphinx-build failed: " + log);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void picture(Path file, int width, int height, Color color) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x / 10 + y / 10) % 2 == 0 ? color.getRGB() : Color.WHITE.getRGB());
            }
        }
        ImageIO.write(image, "png", file.toFile());
    }

    private static Path scratch() {
        try {
            return Files.createDirectories(Path.of(System.getProperty("wtp.scratch", "target/browser-scratch")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
