package party.wtp.client;

import party.wtp.client.js.ObjectUrls;
import party.wtp.client.js.Sidebar;
import party.wtp.envelope.OpenedResource;
import party.wtp.route.SiteMap;

/**
 * The creator's text for the sidebar ({@code wtp build --about}), fetched once, and only after the reader first
 * opens the sidebar: the site map ({@link SitePaths}, shared with the pages' own links) names the text's key at
 * {@link SiteMap#ABOUT_PATH}. Without either, or when a copy fails its checks, the sidebar keeps its default text.
 */
final class AboutText implements PartyFiles.Opened {
    private final Sidebar sidebar;
    private PartyFiles files;
    private SitePaths paths;
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

    /** A page was opened from this mirror's files: once one has named the site map, the text can be found. */
    void found(PartyFiles files, SitePaths paths) {
        this.files = files;
        this.paths = paths;
        load();
    }

    private void load() {
        if (wanted && !asked && paths != null && paths.knowsMap()) {
            asked = true;
            paths.keyOf(SiteMap.ABOUT_PATH, key -> {
                if (key != null) {
                    files.open(key, this);
                }
            });
        }
    }

    /** The text, verified. */
    @Override
    public void opened(OpenedResource resource, boolean stale, String mirror) {
        sidebar.about(ObjectUrls.utf8(resource.buffer(), resource.contentOffset(), resource.contentLength()));
    }

    @Override
    public void refused(String words, String detail) {
        // the default text stays
    }
}
