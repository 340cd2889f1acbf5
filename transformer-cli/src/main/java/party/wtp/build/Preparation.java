package party.wtp.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import party.wtp.crypto.KeyStream;

/**
 * The first step for one resource, before anything is sealed: rewrites pages and style sheets (links to routes) or
 * scrubs other files into a scratch copy when needed, then records what will be sealed: the source, its length and
 * the outer nonce. Only documents are read here (into memory, at most {@link #MAX_DOCUMENT}); other content is read
 * once, later, by {@link Sealing}.
 */
final class Preparation {
    /** Pages and style sheets are rewritten in memory; larger ones are published as they are, with a warning. */
    static final long MAX_DOCUMENT = 64L << 20;
    private final long generation;
    private final SiteRoutes routes;
    private final Rewriter rewriter;
    private final Scrubber scrubber;
    private final Path work;
    private final RandomSource random;
    private final BuildLog log;

    Preparation(long generation, SiteRoutes routes, Rewriter rewriter, Scrubber scrubber, Path work,
            RandomSource random, BuildLog log) {
        this.generation = generation;
        this.routes = routes;
        this.rewriter = rewriter;
        this.scrubber = scrubber;
        this.work = work;
        this.random = random;
        this.log = log;
    }

    /** Prepares one resource; progress counts a site file's own bytes, nothing for generated resources. */
    void run(Resource r, boolean isSiteFile) throws IOException, BuildException {
        long original = isSiteFile ? size(r.source) : 0;
        if (isSiteFile) {
            transform(r);
        }
        r.nonce = random.forLabel("nonce/" + generation + "/r:" + r.path).bytes(KeyStream.NONCE_LENGTH);
        r.contentLength = size(r.source);
        log.advance(original);
    }

    private static long size(Path file) throws IOException, BuildException {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            throw new BuildException(file + ": file disappeared during the build");
        }
    }

    /** Rewrites or scrubs into a scratch copy when needed, pointing {@link Resource#source} at it. */
    private void transform(Resource r) throws IOException, BuildException {
        Path scratch = work.resolve(Integer.toString(r.index));
        Consumer<String> warnings = w -> log.warn(r.path + ": " + w);
        boolean document = r.page || ContentTypes.isCss(r.contentType);
        if (document && Files.size(r.source) > MAX_DOCUMENT) {
            warnings.accept("larger than " + Sizes.human(MAX_DOCUMENT) + ", published without rewriting its links");
            return;
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
            r.loaded = links.loaded();
        } else if (scrubber.scrub(r.source, scratch, warnings)) {
            r.source = scratch;
        }
    }
}
