package party.wtp.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import party.wtp.anchor.ResourceKey;
import party.wtp.envelope.Leaf;

/**
 * One resource of the generation: what to seal (meta data, then the content from {@link #source}: the site file, or
 * a rewritten or scrubbed copy) as {@link Preparation} leaves it, then the leaf and the mirror copies
 * {@link Sealing} made of it.
 */
final class Resource {
    final int index;
    final String path;
    final ResourceKey key;
    final String contentType;
    /** The encoded meta data; a page's is written again with its closure once every document is prepared. */
    byte[] meta;
    final boolean page;
    Path source;
    byte[] nonce;
    Leaf leaf;
    /** Bytes of content to seal, after rewriting or scrubbing. */
    long contentLength;
    /** One per mirror that holds the resource, bodies written; their heads wait for the signed root. */
    EnvelopeCopy[] copies;
    Set<String> referenced = Set.of();
    /** For pages and style sheets: the files they load, in the order they first name them. */
    List<String> loaded = List.of();

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
