package party.wtp.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import party.wtp.anchor.ResourceKey;
import party.wtp.crypto.PartyKey;
import party.wtp.envelope.ResourceMeta;
import party.wtp.route.SiteMap;

/**
 * The creator's text for readers ({@code --about}) as a resource of the party at the reserved path
 * {@link SiteMap#ABOUT_PATH}: signed and encrypted like any file, and listed in the site map, so only a reader who
 * holds a page's key can find and read it (a mirror's public manifest does not carry it).
 */
final class AboutText {
    private AboutText() {
    }

    /** Writes {@code text} into {@code work} and returns it as the resource numbered {@code index}. */
    static Resource resource(int index, PartyKey party, String text, Path work) throws IOException {
        Path file = work.resolve("about-text");
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        String type = ContentTypes.of(SiteMap.ABOUT_PATH);
        return new Resource(index, SiteMap.ABOUT_PATH, ResourceKey.forPath(party, SiteMap.ABOUT_PATH), type,
                new ResourceMeta(type, SiteMap.ABOUT_PATH, null).encode(), false, file);
    }
}
