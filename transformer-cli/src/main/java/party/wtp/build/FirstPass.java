package party.wtp.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import party.wtp.crypto.KeyStream;
import party.wtp.envelope.OuterSeal;

/**
 * Pass 1 for one resource: rewrites pages and style sheets (links to routes) or scrubs other files into a scratch
 * copy when needed, then runs the outer layer over meta data and content under a fresh random nonce, keeping only
 * the hash: the resource's {@link party.wtp.envelope.Leaf}. Reads the content once, in 1 MiB chunks.
 */
final class FirstPass {
    static final int CHUNK = 1 << 20;
    /** Pages and style sheets are rewritten in memory; larger ones are published as they are, with a warning. */
    static final long MAX_DOCUMENT = 64L << 20;
    private final long generation;
    private final SiteRoutes routes;
    private final Rewriter rewriter;
    private final Scrubber scrubber;
    private final Path work;
    private final RandomSource random;
    private final BuildLog log;

    FirstPass(long generation, SiteRoutes routes, Rewriter rewriter, Scrubber scrubber, Path work, RandomSource random,
            BuildLog log) {
        this.generation = generation;
        this.routes = routes;
        this.rewriter = rewriter;
        this.scrubber = scrubber;
        this.work = work;
        this.random = random;
        this.log = log;
    }

    /**
     * Seals one resource; progress counts a site file's own bytes (all at once when it was rewritten or scrubbed),
     * nothing for generated resources.
     */
    void run(Resource r, boolean isSiteFile) throws IOException, BuildException {
        long original = isSiteFile ? Files.size(r.source) : 0;
        boolean transformed = isSiteFile && transform(r);
        r.nonce = random.forLabel("nonce/" + generation + "/r:" + r.path).bytes(KeyStream.NONCE_LENGTH);
        OuterSeal seal = OuterSeal.resource(r.key, r.nonce);
        byte[] meta = r.meta.clone();
        seal.process(meta, 0, meta.length, meta, 0);
        byte[] buf = new byte[CHUNK];
        long length = 0;
        try (InputStream in = open(r)) {
            int n;
            while ((n = in.readNBytes(buf, 0, CHUNK)) > 0) {
                seal.process(buf, 0, n, buf, 0);
                length += n;
                if (isSiteFile && !transformed) {
                    log.advance(n);
                }
            }
        } catch (NoSuchFileException e) {
            throw new BuildException(r.source + ": file disappeared during the build");
        }
        if (transformed) {
            log.advance(original);
        }
        r.contentLength = length;
        r.leaf = seal.leaf(generation);
    }

    static InputStream open(Resource r) throws IOException, BuildException {
        try {
            return Files.newInputStream(r.source);
        } catch (NoSuchFileException e) {
            throw new BuildException(r.source + ": file disappeared during the build");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new BuildException(r.source + ": cannot read file (permission denied)");
        }
    }

    /** Rewrites or scrubs into a scratch copy when needed; true when the content to seal is no longer the file as is. */
    private boolean transform(Resource r) throws IOException, BuildException {
        Path scratch = work.resolve(Integer.toString(r.index));
        Consumer<String> warnings = w -> log.warn(r.path + ": " + w);
        boolean document = r.page || ContentTypes.isCss(r.contentType);
        if (document && Files.size(r.source) > MAX_DOCUMENT) {
            warnings.accept("larger than " + Sizes.human(MAX_DOCUMENT) + ", published without rewriting its links");
            return false;
        }
        if (document) {
            byte[] content;
            try {
                content = Files.readAllBytes(r.source);
            } catch (NoSuchFileException e) {
                throw new BuildException(r.source + ": file disappeared during the build");
            }
            SiteRoutes.Recorder links = routes.forPage();
            byte[] out = r.page ? rewriter.html(r.path, content, links, warnings)
                    : rewriter.css(r.path, content, links, warnings);
            Files.write(scratch, out);
            r.source = scratch;
            r.referenced = links.referenced();
            return true;
        }
        if (scrubber.scrub(r.source, scratch, warnings)) {
            r.source = scratch;
            return true;
        }
        return false;
    }
}
