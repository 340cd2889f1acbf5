package party.wtp.build;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import party.wtp.crypto.PartyKey;
import party.wtp.keys.KeyFile;
import party.wtp.keys.KeyFileException;
import party.wtp.keys.Passphrase;
import party.wtp.manifest.Manifest;
import party.wtp.manifest.MirrorUrl;

/**
 * The input of one build, every part checked before a single byte is written: options, mirror URLs, the key file
 * (and passphrase), the site folder's files, and the output folder (with the state of the build before).
 */
final class BuildInput {
    List<MirrorUrl> mirrors;
    int replicas;
    int listSize;
    long generation;
    String about;
    String reportUrl;
    String siteUrl;
    Rewriter rewriter;
    BuildState previous;
    KeyFile keyFile;
    PartyKey party;
    Site site;
    Path out;

    private BuildInput() {
    }

    /** Checks every option and input file; the first problem is thrown, naming the file or option. */
    static BuildInput check(BuildOptions o, Rewriter.Factory rewriters) throws BuildException {
        BuildInput in = new BuildInput();
        if (o.site == null) {
            throw new BuildException("give the site folder to build");
        }
        if (o.out == null) {
            throw new BuildException("--out DIR is required");
        }
        if (o.key == null) {
            throw new BuildException("--key FILE is required");
        }
        in.mirrors = mirrors(o.mirrors);
        int count = in.mirrors.size();
        if (o.replicas == null) {
            in.replicas = count;
        } else if (o.replicas < 1) {
            throw new BuildException("--replicas " + o.replicas + ": must be at least 1");
        } else if (o.replicas > count) {
            throw new BuildException("--replicas " + o.replicas + ": more than the " + count + " mirror(s) given");
        } else {
            in.replicas = o.replicas;
        }
        if (o.listSize != null && o.listSize < 1) {
            throw new BuildException("--list-size " + o.listSize + ": must be at least 1");
        }
        in.listSize = o.listSize == null ? count - 1 : Math.min(o.listSize, count - 1);
        if (o.threads != null && o.threads < 1) {
            throw new BuildException("--threads " + o.threads + ": must be at least 1");
        }
        if (o.generation != null && o.generation < 1) {
            throw new BuildException("--generation " + o.generation + ": must be at least 1");
        }
        in.reportUrl = webUrl("--report-url", o.reportUrl);
        in.siteUrl = webUrl("--site-url", o.siteUrl);
        try {
            in.rewriter = rewriters.forSite(in.siteUrl);
        } catch (IllegalArgumentException e) {
            throw new BuildException("--site-url " + o.siteUrl + ": " + e.getMessage());
        }
        in.about = about(o.about);
        try {
            in.keyFile = KeyFile.read(o.key);
        } catch (KeyFileException e) {
            throw new BuildException(e.getMessage());
        }
        if (in.keyFile.isPublicOnly()) {
            throw new BuildException(o.key + ": holds only a public key; building needs the party's secret key file");
        }
        in.site = Site.scan(o.site);
        in.out = output(o, in.site.root());
        in.previous = previous(o, in.out);
        try {
            in.party = in.keyFile.secret(Passphrase.fromFileOrConsole(o.passphraseFile));
        } catch (KeyFileException e) {
            throw new BuildException(e.getMessage());
        }
        boolean sameParty = in.previous != null && in.previous.party().equals(Build.fingerprint(in.party));
        long last = sameParty ? in.previous.generation() : 0;
        in.generation = o.generation == null ? last + 1 : o.generation;
        if (o.generation != null && in.generation <= last && !o.force) {
            throw new BuildException("--generation " + in.generation + ": " + o.out + " already holds generation " + last
                    + ", and readers refuse older generations as stale (use --force to build it anyway)");
        }
        return in;
    }

    private static List<MirrorUrl> mirrors(List<String> given) throws BuildException {
        if (given == null || given.isEmpty()) {
            throw new BuildException("give at least one --mirror URL");
        }
        List<MirrorUrl> out = new ArrayList<>();
        Map<String, String> folders = new HashMap<>();
        for (String text : given) {
            MirrorUrl url;
            try {
                url = MirrorUrl.parse(text);
            } catch (IllegalArgumentException e) {
                throw new BuildException("--mirror " + text + ": " + reason(e.getMessage(), text));
            }
            if (out.contains(url)) {
                throw new BuildException("--mirror " + text + ": the same mirror is given twice");
            }
            String earlier = folders.put(url.folderName(), text);
            if (earlier != null) {
                throw new BuildException("--mirror " + text + ": would share the output folder " + url.folderName()
                        + " with --mirror " + earlier);
            }
            out.add(url);
        }
        if (out.size() > Manifest.MAX_MIRRORS + 1) {
            throw new BuildException("--mirror: at most " + (Manifest.MAX_MIRRORS + 1) + " mirrors");
        }
        return out;
    }

    /** MirrorUrl's messages end with ": URL"; the caller already names it. */
    private static String reason(String message, String text) {
        String suffix = ": " + text;
        return message.endsWith(suffix) ? message.substring(0, message.length() - suffix.length()) : message;
    }

    private static String webUrl(String option, String text) throws BuildException {
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
                throw new BuildException(option + " " + text + ": must be an http:// or https:// URL");
            }
        } catch (URISyntaxException e) {
            throw new BuildException(option + " " + text + ": not a valid URL (" + e.getReason() + ")");
        }
        return text;
    }

    private static String about(Path file) throws BuildException {
        if (file == null) {
            return null;
        }
        byte[] data;
        try {
            if (!Files.isRegularFile(file)) {
                throw new BuildException(file + ": --about file does not exist or is not a file");
            }
            if (Files.size(file) > Manifest.MAX_ABOUT) {
                throw new BuildException(file + ": --about text is longer than " + Manifest.MAX_ABOUT + " bytes");
            }
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BuildException(file + ": cannot read --about file (" + e.getMessage() + ")");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            throw new BuildException(file + ": --about text is not UTF-8");
        }
    }

    private static Path output(BuildOptions o, Path siteFolder) throws BuildException {
        Path out = o.out.toAbsolutePath().normalize();
        Path parent = out.getParent();
        if (parent == null) {
            throw new BuildException(o.out + ": cannot build into the root folder");
        }
        if (!Files.isDirectory(parent)) {
            throw new BuildException(o.out + ": its parent folder " + parent + " does not exist");
        }
        Path realOut;
        Path realSite;
        try {
            realOut = parent.toRealPath().resolve(out.getFileName());
            realSite = siteFolder.toRealPath();
        } catch (IOException e) {
            throw new BuildException(o.out + ": cannot resolve the folder (" + e.getMessage() + ")");
        }
        if (realOut.startsWith(realSite)) {
            throw new BuildException(o.out + ": the output folder must not be inside the site folder");
        }
        if (realSite.startsWith(realOut)) {
            throw new BuildException(o.site + ": the site folder is inside the output folder, which a build replaces");
        }
        if (Files.isSymbolicLink(out)) {
            throw new BuildException(o.out + ": is a symbolic link; give the folder it points to");
        }
        if (Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(out)) {
            throw new BuildException(o.out + ": exists and is not a folder");
        }
        if (!Files.isWritable(parent)) {
            throw new BuildException(o.out + ": cannot write in " + parent + " (permission denied)");
        }
        return out;
    }

    private static BuildState previous(BuildOptions o, Path out) throws BuildException {
        if (!Files.isDirectory(out)) {
            return null;
        }
        BuildState state;
        try {
            state = BuildState.read(out);
        } catch (IOException e) {
            if (o.force) {
                return null;
            }
            throw new BuildException(e.getMessage() + "; use --force to replace " + o.out);
        }
        if (state == null && !o.force && !isEmpty(out)) {
            throw new BuildException(o.out + ": exists, is not empty and was not made by wtp build; use --force to"
                    + " replace it");
        }
        return state;
    }

    private static boolean isEmpty(Path folder) throws BuildException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            throw new BuildException(folder + ": cannot read folder (" + e.getMessage() + ")");
        }
    }
}
