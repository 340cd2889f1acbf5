package party.wtp.build;

import java.nio.file.Path;

/** One file of the site: its logical path ('/'-separated, NFC, relative to the site) and where to read it. */
public final class SiteFile {
    private final String path;
    private final Path file;
    private final long size;

    SiteFile(String path, Path file, long size) {
        this.path = path;
        this.file = file;
        this.size = size;
    }

    /** The logical path, e.g. {@code docs/about.html}. */
    public String path() {
        return path;
    }

    /** The file on disk (possibly reached through a symbolic link inside the site). */
    public Path file() {
        return file;
    }

    public long size() {
        return size;
    }

    @Override
    public String toString() {
        return path;
    }
}
