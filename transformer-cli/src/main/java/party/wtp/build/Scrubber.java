package party.wtp.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Removes identifying meta data (camera, author, location, software) from a file before it is sealed. */
public interface Scrubber {
    /**
     * Writes a cleaned copy of {@code source} to {@code dest} and returns true, or returns false (writing nothing)
     * when the format is not one it knows or there is nothing to remove.
     */
    boolean scrub(Path source, Path dest, Consumer<String> warnings) throws IOException;

    /** Keeps every file as it is ({@code --keep-metadata}, or no scrubber available). */
    Scrubber NONE = (source, dest, warnings) -> false;
}
