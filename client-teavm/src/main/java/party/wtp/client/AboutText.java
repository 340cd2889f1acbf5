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
final class AboutText implements PartyFiles.Opened {
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
        if (wanted && !asked && siteMap != null) {
            asked = true;
            files.open(siteMap, this);
        }
    }

    /** The site map (then the text's key is looked up and fetched) or the text itself, verified. */
    @Override
    public void opened(OpenedResource resource, boolean stale, String mirror) {
        String text = ObjectUrls.utf8(resource.buffer(), resource.contentOffset(), resource.contentLength());
        if (resource.meta().path().equals(SiteMap.ABOUT_PATH)) {
            sidebar.about(text);
            return;
        }
        ResourceKey key;
        try {
            key = SiteMap.find(text, SiteMap.ABOUT_PATH);
        } catch (IllegalArgumentException e) {
            return; // a malformed site map: the default text stays
        }
        if (key != null) {
            files.open(key, this);
        }
    }

    @Override
    public void refused(String words, String detail) {
        // the default text stays
    }
}
