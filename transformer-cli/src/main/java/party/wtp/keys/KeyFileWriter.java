package party.wtp.keys;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import party.wtp.bytes.Utf8;
import party.wtp.crypto.Randomness;

/**
 * Writes a key file so that a secret is never readable by others, not even for a moment: the file is created with
 * mode 0600 (on POSIX systems) and filled, never an existing one opened; replacing (with {@code force}) goes through
 * a fresh file beside it and an atomic rename.
 */
public final class KeyFileWriter {
    private KeyFileWriter() {
    }

    /** Writes {@code text} to {@code file}; {@code secret} files get mode 0600, public ones 0644. */
    public static void write(Path file, String text, boolean force, boolean secret, Randomness random)
            throws KeyFileException {
        Path target = file.toAbsolutePath().normalize();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new KeyFileException(file + ": folder " + dir + " does not exist");
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new KeyFileException(file + ": is a folder");
        }
        boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
        if (exists && !force) {
            throw new KeyFileException(file + ": already exists; use --force to replace it");
        }
        byte[] data = Utf8.encode(text);
        try {
            if (!exists) {
                create(target, data, secret);
                return;
            }
            Path temp = dir.resolve("." + target.getFileName() + ".tmp-" + party.wtp.bytes.Hex.encode(random.bytes(6)));
            try {
                create(temp, data, secret);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (FileAlreadyExistsException e) {
            throw new KeyFileException(file + ": already exists; use --force to replace it");
        } catch (AccessDeniedException e) {
            throw new KeyFileException(file + ": permission denied");
        } catch (NoSuchFileException e) {
            throw new KeyFileException(file + ": folder " + dir + " does not exist");
        } catch (IOException e) {
            throw new KeyFileException(file + ": cannot write key file (" + e.getMessage() + ")");
        }
    }

    private static void create(Path path, byte[] data, boolean secret) throws IOException {
        EnumSet<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        boolean posix = path.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString(secret ? "rw-------" : "rw-r--r--"))}
                : new FileAttribute<?>[0];
        boolean done = false;
        try (FileChannel ch = FileChannel.open(path, options, attributes)) {
            ByteBuffer b = ByteBuffer.wrap(data);
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(path);
            }
        }
    }
}
