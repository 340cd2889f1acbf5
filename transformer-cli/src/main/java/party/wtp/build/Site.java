package party.wtp.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The files of a site folder, found and checked before anything is written: every regular file, with symbolic links
 * inside the site followed (cycles refused) and links leading outside refused; names that differ only by case or
 * Unicode normalization refused, since they would collide on many hosts and in links; an {@code index.html} required.
 */
public final class Site {
    public static final String ENTRY = "index.html";
    private final Path root;
    private final Map<String, SiteFile> files;

    private Site(Path root, Map<String, SiteFile> files) {
        this.root = root;
        this.files = files;
    }

    /** The folder as given. */
    public Path root() {
        return root;
    }

    /** All files, sorted by logical path. */
    public List<SiteFile> files() {
        return new ArrayList<>(files.values());
    }

    public SiteFile file(String path) {
        return files.get(path);
    }

    public boolean has(String path) {
        return files.containsKey(path);
    }

    /** Scans {@code folder}; throws a {@link BuildException} naming the first problem found. */
    public static Site scan(Path folder) throws BuildException {
        if (!Files.exists(folder)) {
            throw new BuildException(folder + ": site folder does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new BuildException(folder + ": is not a folder (give the site's folder)");
        }
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            throw new BuildException(folder + ": cannot open site folder (" + e.getMessage() + ")");
        }
        Scanner scanner = new Scanner(folder, real);
        Deque<Path> ancestors = new ArrayDeque<>();
        ancestors.push(real);
        scanner.walk(folder, "", ancestors);
        if (!scanner.found.containsKey(ENTRY)) {
            throw new BuildException(folder + ": no " + ENTRY + " at the top of the site (it is the entry page)");
        }
        List<String> paths = new ArrayList<>(scanner.found.keySet());
        Collections.sort(paths);
        Map<String, SiteFile> sorted = new LinkedHashMap<>();
        for (String p : paths) {
            sorted.put(p, scanner.found.get(p));
        }
        return new Site(folder, sorted);
    }

    private static final class Scanner {
        private final Path top;
        private final Path realTop;
        private final Map<String, SiteFile> found = new HashMap<>();
        /** Case- and normalization-folded path to the path first seen with it. */
        private final Map<String, String> folded = new HashMap<>();
        /** Raw on-disk spelling of each logical path, to tell normalization clashes from case clashes. */
        private final Map<String, String> raw = new HashMap<>();

        Scanner(Path top, Path realTop) {
            this.top = top;
            this.realTop = realTop;
        }

        void walk(Path dir, String prefix, Deque<Path> ancestors) throws BuildException {
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
                for (Path p : stream) {
                    entries.add(p);
                }
            } catch (AccessDeniedException e) {
                throw new BuildException(dir + ": cannot read folder (permission denied)");
            } catch (IOException e) {
                throw new BuildException(dir + ": cannot read folder (" + e.getMessage() + ")");
            }
            Collections.sort(entries);
            for (Path entry : entries) {
                String rawName = entry.getFileName().toString();
                String name = Normalizer.normalize(rawName, Normalizer.Form.NFC);
                String logical = prefix + name;
                claim(entry, prefix + rawName, logical);
                BasicFileAttributes attrs = attributes(entry, LinkOption.NOFOLLOW_LINKS);
                if (attrs.isSymbolicLink()) {
                    Path target;
                    try {
                        target = entry.toRealPath();
                    } catch (NoSuchFileException e) {
                        throw new BuildException(entry + ": symbolic link points to nothing");
                    } catch (IOException e) {
                        throw new BuildException(entry + ": cannot follow symbolic link (" + e.getMessage() + ")");
                    }
                    if (!target.startsWith(realTop)) {
                        throw new BuildException(entry + ": symbolic link points outside the site (to " + target + ")");
                    }
                    attrs = attributes(entry, new LinkOption[0]);
                    if (attrs.isDirectory()) {
                        if (ancestors.contains(target)) {
                            throw new BuildException(entry + ": symbolic link makes a cycle (it leads back to "
                                    + target + ")");
                        }
                        ancestors.push(target);
                        walk(entry, logical + "/", ancestors);
                        ancestors.pop();
                        continue;
                    }
                } else if (attrs.isDirectory()) {
                    Path realDir = ancestors.peek().resolve(entry.getFileName());
                    ancestors.push(realDir);
                    walk(entry, logical + "/", ancestors);
                    ancestors.pop();
                    continue;
                }
                if (!attrs.isRegularFile()) {
                    throw new BuildException(entry + ": not a regular file or folder (a device, socket or pipe)");
                }
                checkReadable(entry);
                found.put(logical, new SiteFile(logical, entry, attrs.size()));
            }
        }

        private void claim(Path entry, String rawPath, String logical) throws BuildException {
            String key = Normalizer.normalize(logical.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT),
                    Normalizer.Form.NFC);
            String earlier = folded.putIfAbsent(key, logical);
            if (earlier == null) {
                raw.put(logical, rawPath);
                return;
            }
            String how = earlier.equals(logical) ? "Unicode normalization" : "case";
            String first = earlier.equals(logical) ? raw.get(earlier) : earlier;
            throw new BuildException(entry + ": its name differs from " + top.resolve(first) + " only by " + how
                    + "; rename one of them");
        }

        private static BasicFileAttributes attributes(Path p, LinkOption... options) throws BuildException {
            try {
                return Files.readAttributes(p, BasicFileAttributes.class, options);
            } catch (IOException e) {
                throw new BuildException(p + ": cannot read file attributes (" + e.getMessage() + ")");
            }
        }

        private static void checkReadable(Path file) throws BuildException {
            try (InputStream in = Files.newInputStream(file)) {
                in.read(new byte[1]);
            } catch (AccessDeniedException e) {
                throw new BuildException(file + ": cannot read file (permission denied)");
            } catch (IOException e) {
                throw new BuildException(file + ": cannot read file (" + e.getMessage() + ")");
            }
        }
    }
}
