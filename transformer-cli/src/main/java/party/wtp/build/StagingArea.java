package party.wtp.build;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import party.wtp.bytes.Hex;
import party.wtp.crypto.Randomness;

/**
 * A hidden folder beside the output folder where a build is written ({@link #output()}) together with its scratch
 * files ({@link #work()}). {@link #commit()} swaps the finished output into place by renames on the same file
 * system; closing without commit removes everything, so a failed or interrupted build leaves the old output as it was.
 */
public final class StagingArea implements AutoCloseable {
    private final Path target;
    private final Path root;
    private final Path output;
    private final Path work;
    private final Thread cleanup;

    private StagingArea(Path target, Path root) throws IOException {
        this.target = target;
        this.root = root;
        this.output = root.resolve("out");
        this.work = root.resolve("work");
        Files.createDirectory(root);
        Files.createDirectory(output);
        Files.createDirectory(work);
        cleanup = new Thread(this::discard, "wtp-staging-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    /** A fresh staging folder {@code .NAME.wtp-staging-XXXX} beside {@code target}. */
    public static StagingArea beside(Path target, Randomness random) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        String name = "." + abs.getFileName() + ".wtp-staging-" + Hex.encode(random.bytes(6));
        return new StagingArea(abs, parent.resolve(name));
    }

    /** The folder that becomes the output. */
    public Path output() {
        return output;
    }

    /** Scratch space, never published. */
    public Path work() {
        return work;
    }

    /** Replaces the target folder with the finished output. */
    public void commit() throws IOException {
        deleteTree(work);
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = root.resolve("previous");
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(output, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        discard();
    }

    @Override
    public void close() {
        discard();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs anyway
        }
    }

    private synchronized void discard() {
        try {
            deleteTree(root);
        } catch (IOException e) {
            // best effort: a leftover hidden staging folder is harmless and named for what it is
        }
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(p, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
