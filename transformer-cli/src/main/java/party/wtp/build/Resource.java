package party.wtp.build;

import java.nio.file.Path;
import java.util.Set;
import party.wtp.anchor.ResourceKey;
import party.wtp.envelope.Leaf;

/**
 * One resource of the generation as the first pass leaves it: what to seal (meta data, then the content from
 * {@link #source}: the site file, or a rewritten or scrubbed copy), the nonce it was sealed with and its leaf.
 */
final class Resource {
    final int index;
    final String path;
    final ResourceKey key;
    final String contentType;
    final byte[] meta;
    final boolean page;
    Path source;
    byte[] nonce;
    Leaf leaf;
    /** Bytes of content (after rewriting or scrubbing) that pass 1 sealed. */
    long contentLength;
    Set<String> referenced = Set.of();

    Resource(int index, String path, ResourceKey key, String contentType, byte[] meta, boolean page, Path source) {
        this.index = index;
        this.path = path;
        this.key = key;
        this.contentType = contentType;
        this.meta = meta;
        this.page = page;
        this.source = source;
    }

    /** Bytes of the sealed body: meta data and content. */
    long bodyLength() {
        return leaf.bodyLength();
    }
}
