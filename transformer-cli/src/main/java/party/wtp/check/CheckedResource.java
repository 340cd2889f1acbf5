package party.wtp.check;

import party.wtp.anchor.ResourceKey;

/** A resource the check looks for on every mirror: its key (hence id and file names) and its logical path. */
final class CheckedResource {
    final ResourceKey key;
    final String path;

    CheckedResource(ResourceKey key, String path) {
        this.key = key;
        this.path = path;
    }
}
