package party.wtp.client;

import java.util.ArrayList;
import java.util.List;
import party.wtp.anchor.ResourceKey;
import party.wtp.client.js.ObjectUrls;
import party.wtp.envelope.OpenedResource;
import party.wtp.route.SiteMap;

/**
 * The party's site map as the client uses it: fetched and verified like any file, once, the first time a page
 * names a site path that is not already a route (a link or a request the site's own script made), and then asked
 * which resource key a path has. The map stays the text it is ({@link SiteMap}'s "KEY TAB PATH LF" lines) and a
 * path is looked up by searching that text: a handful of lookups per visit do not need a parsed map in the bundle.
 */
final class SitePaths {
    /** The answer to one question: the key, or null when the path is not in the site (or no map could be had). */
    interface Found {
        void found(ResourceKey key);
    }

    private final PartyFiles files;
    /** The map's key, from the first page that names one. */
    private ResourceKey mapKey;
    /** The map's text; null until loaded. */
    private String map;
    /** Questions waiting for the map while it loads (path and answer), or null when it is not loading. */
    private List<String> waitingPaths;
    private List<Found> waitingAnswers;

    SitePaths(PartyFiles files) {
        this.files = files;
    }

    /** Remembers the site map key a page's meta names (null when it names none). */
    void know(ResourceKey key) {
        if (mapKey == null) {
            mapKey = key;
        }
    }

    /** Whether a page has named the site map yet (until then every path is "not found"). */
    boolean knowsMap() {
        return mapKey != null;
    }

    /** Finds the key of {@code path} ({@code dir/} also as {@code dir/index.html}). */
    void keyOf(String path, Found then) {
        if (map != null || mapKey == null) {
            then.found(lookup(path));
            return;
        }
        if (waitingPaths != null) {
            waitingPaths.add(path);
            waitingAnswers.add(then);
            return;
        }
        waitingPaths = new ArrayList<>();
        waitingAnswers = new ArrayList<>();
        waitingPaths.add(path);
        waitingAnswers.add(then);
        files.open(mapKey, new PartyFiles.Opened() {
            @Override
            public void opened(OpenedResource resource, boolean stale, String mirror) {
                if (resource.meta().contentType().equals(SiteMap.CONTENT_TYPE)) {
                    map = ObjectUrls.utf8(resource.buffer(), resource.contentOffset(), resource.contentLength());
                }
                answer();
            }

            @Override
            public void refused(String words, String detail) {
                answer(); // every waiting question gets "not found"; a later question tries again
            }
        });
    }

    private ResourceKey lookup(String path) {
        if (map == null) {
            return null;
        }
        ResourceKey key = find(path);
        if (key == null && (path.isEmpty() || path.endsWith("/"))) {
            key = find(path + "index.html");
        }
        return key;
    }

    private ResourceKey find(String path) {
        try {
            return path.indexOf('\n') >= 0 ? null : SiteMap.find(map, path);
        } catch (IllegalArgumentException e) {
            return null; // a malformed line of the map: as if the path were not there
        }
    }

    private void answer() {
        List<String> paths = waitingPaths;
        List<Found> answers = waitingAnswers;
        waitingPaths = null;
        waitingAnswers = null;
        for (int i = 0; i < paths.size(); i++) {
            answers.get(i).found(lookup(paths.get(i)));
        }
    }
}
