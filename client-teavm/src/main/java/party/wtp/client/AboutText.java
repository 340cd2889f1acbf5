package party.wtp.client;

import party.wtp.anchor.ResourceKey;
import party.wtp.client.js.ObjectUrls;
import party.wtp.client.js.Sidebar;
import party.wtp.envelope.OpenedResource;
import party.wtp.route.SiteMap;

/**
 * The creator's text for the sidebar ({@code wtp build --about}), fetched once, and only after the reader first
 * opens the sidebar: the site map, whose key every page's meta carries, names the text's key at
 * {@link SiteMap#ABOUT_PATH}. Without either, or when a copy fails its checks, the sidebar keeps its default text.
 */
final class AboutText {
    private final Sidebar sidebar;
    private PartyFiles files;
    private ResourceKey siteMap;
    private boolean wanted;
    private boolean asked;

    AboutText(Sidebar sidebar) {
        this.sidebar = sidebar;
    }

    /** The reader opened the sidebar. */
    void wanted() {
        wanted = true;
        load();
    }

    /** A page was opened from this mirror's files: the first that names the site map lets the text be found. */
    void found(PartyFiles files, ResourceKey siteMap) {
        if (this.siteMap == null && siteMap != null) {
            this.files = files;
            this.siteMap = siteMap;
            load();
        }
    }

    private void load() {
        if (!wanted || asked || siteMap == null) {
            return;
        }
        asked = true;
        open(siteMap, map -> {
            ResourceKey key = SiteMap.find(ObjectUrls.utf8(map.buffer(), map.contentOffset(), map.contentLength()),
                    SiteMap.ABOUT_PATH);
            if (key != null) {
                open(key, text -> sidebar.about(
                        ObjectUrls.utf8(text.buffer(), text.contentOffset(), text.contentLength())));
            }
        });
    }

    private interface Then {
        void use(OpenedResource resource);
    }

    private void open(ResourceKey key, Then then) {
        files.open(key, new PartyFiles.Opened() {
            @Override
            public void opened(OpenedResource resource, boolean stale) {
                try {
                    then.use(resource);
                } catch (RuntimeException e) {
                    // a malformed site map: the default text stays
                }
            }

            @Override
            public void refused(String words, String detail) {
                // the default text stays
            }
        });
    }
}
