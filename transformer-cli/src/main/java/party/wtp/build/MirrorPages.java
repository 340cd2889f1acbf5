package party.wtp.build;

import java.nio.charset.StandardCharsets;
import party.wtp.manifest.MirrorUrl;
import party.wtp.naming.MirrorSalt;

/**
 * The four plain files of every mirror, as the reader's client module writes them: the entry page
 * {@code index.html}, the bridge page and the client scripts (modern and legacy). None of them says anything about the site; each
 * carries the mirror's salt, so no two mirrors serve identical bytes.
 */
public final class MirrorPages {
    private MirrorPages() {
    }

    public static byte[] entryPage(MirrorSalt salt, MirrorUrl url) {
        return entryPage(salt, url, null);
    }

    /** The entry page carrying the mirror's signed list as served ({@code list}: its manifest file), when small. */
    public static byte[] entryPage(MirrorSalt salt, MirrorUrl url, byte[] list) {
        return party.wtp.client.MirrorPages.entryPage(salt, url, list).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] bridgePage(MirrorSalt salt) {
        return party.wtp.client.MirrorPages.bridgePage(salt).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] client(MirrorSalt salt) {
        return party.wtp.client.MirrorPages.clientScript(salt);
    }

    public static byte[] legacyClient(MirrorSalt salt) {
        return party.wtp.client.MirrorPages.legacyClientScript(salt);
    }
}
