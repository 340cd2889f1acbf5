package party.wtp.keys;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where the passphrase of a sealed key file comes from: a file (its first line, UTF-8, without the line end)
 * or, when there is none and a terminal is attached, a prompt.
 */
public interface Passphrase {
    /** Max size of a passphrase file: it holds one line. */
    int MAX_FILE_LENGTH = 4096;

    /** The passphrase as UTF-8 bytes; the caller wipes them after use. */
    byte[] bytes(Path keyFile) throws KeyFileException;

    /** No passphrase available: sealed key files are refused with a hint. */
    Passphrase NONE = keyFile -> {
        throw new KeyFileException(keyFile + ": the key is sealed with a passphrase; give --passphrase-file");
    };

    /** The first line of {@code file}. */
    static Passphrase fromFile(Path file) {
        return keyFile -> read(file);
    }

    /** The file if given, else a terminal prompt if there is a terminal, else {@link #NONE}. */
    static Passphrase fromFileOrConsole(Path fileOrNull) {
        if (fileOrNull != null) {
            return fromFile(fileOrNull);
        }
        Console console = System.console();
        if (console == null) {
            return NONE;
        }
        return keyFile -> {
            char[] typed = console.readPassword("Passphrase for %s: ", keyFile);
            if (typed == null || typed.length == 0) {
                throw new KeyFileException(keyFile + ": no passphrase given");
            }
            ByteBuffer b = StandardCharsets.UTF_8.encode(CharBuffer.wrap(typed));
            Arrays.fill(typed, '\0');
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        };
    }

    /** Reads a passphrase file: UTF-8, the first line without its line end, not empty. */
    static byte[] read(Path file) throws KeyFileException {
        byte[] all;
        try {
            if (Files.isDirectory(file)) {
                throw new KeyFileException(file + ": is a folder, not a passphrase file");
            }
            if (Files.size(file) > MAX_FILE_LENGTH) {
                throw new KeyFileException(file + ": passphrase file is longer than " + MAX_FILE_LENGTH + " bytes");
            }
            all = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new KeyFileException(file + ": passphrase file does not exist");
        } catch (IOException e) {
            throw new KeyFileException(file + ": cannot read passphrase file (" + e.getMessage() + ")");
        }
        int end = 0;
        while (end < all.length && all[end] != '\n') {
            end++;
        }
        if (end > 0 && all[end - 1] == '\r') {
            end--;
        }
        byte[] line = Arrays.copyOf(all, end);
        Arrays.fill(all, (byte) 0);
        if (line.length == 0) {
            throw new KeyFileException(file + ": passphrase file is empty");
        }
        return line;
    }
}
