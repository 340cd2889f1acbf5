package party.wtp.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import party.wtp.anchor.ResourceKey;
import party.wtp.client.js.ObjectUrls;
import party.wtp.envelope.OpenedResource;
import party.wtp.route.Route;

/**
 * Turns the party's {@code #FP.KEY} references in a page into {@code blob:} URLs of verified, decrypted bytes.
 * Style sheets are rewritten the same way (their {@code url()}s and {@code @import}s) before they get a URL.
 * URLs are kept for the visit, so pages sharing a style sheet or a logo fetch it once; a page's closure (from its
 * meta) is asked for as soon as the page is verified, so nothing waits for a style sheet to be decrypted first.
 */
final class Subresources {
    /** What stands in place of a reference that could not be verified: loads nothing. */
    static final String REFUSED = "about:invalid#wtp-refused";
    private static final Runnable NOTHING = () -> { };

    /** Progress and completion of one {@link #resolve} call. */
    interface Progress {
        default void step(int done, int total) {
        }

        void done(int refused);
    }

    private final PartyFiles files;
    private final FragmentLinks links;
    /** Key text to blob URL, or to {@link #REFUSED}. */
    private final Map<String, String> urls = new HashMap<>();
    /** Keys whose only copy found was of an older generation. */
    private final Set<String> stale = new HashSet<>();
    /** Key text to the callbacks waiting for it. */
    private final Map<String, List<Runnable>> waiting = new HashMap<>();
    /** Style sheets (key text) whose references are being resolved, to the keys each still waits for. */
    private final Map<String, Set<String>> sheetWaits = new HashMap<>();

    Subresources(PartyFiles files, FragmentLinks links) {
        this.files = files;
        this.links = links;
    }

    /** Fetches, verifies and decrypts every resource named in {@code texts}, then calls {@code progress.done}. */
    void resolve(List<String> texts, Progress progress) {
        resolve(texts, null, progress);
    }

    /**
     * Starts fetching a verified page's closure, so that its style sheets' own references are there or under way when
     * the sheets are decrypted: the whole page comes in one wave. Each file is verified as any other and used only
     * where a reference names it; one that fails fails only those references.
     */
    void expect(List<ResourceKey> closure) {
        for (ResourceKey key : closure) {
            whenReady(key, NOTHING);
        }
    }

    /**
     * As above; {@code sheet}, when not null, is the style sheet (key text) whose references these are: it does not
     * wait for a sheet that waits for it, directly or not (an import cycle), which it names as refused instead.
     */
    private void resolve(List<String> texts, String sheet, Progress progress) {
        List<Route> wanted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> waits = sheet == null ? null : new HashSet<>();
        if (sheet != null) {
            sheetWaits.put(sheet, waits);
        }
        for (String text : texts) {
            for (Route r : links.find(text)) {
                String k = r.key().toString();
                if (seen.add(k) && (sheet == null || !reaches(k, sheet))) {
                    wanted.add(r);
                    if (waits != null && !urls.containsKey(k)) {
                        waits.add(k);
                    }
                }
            }
        }
        int total = wanted.size();
        if (total == 0) {
            progress.done(0);
            return;
        }
        int[] done = new int[1];
        for (Route r : wanted) {
            whenReady(r.key(), () -> {
                done[0]++;
                progress.step(done[0], total);
                if (done[0] == total) {
                    int refused = 0;
                    for (Route w : wanted) {
                        if (REFUSED.equals(urls.get(w.key().toString()))) {
                            refused++;
                        }
                    }
                    progress.done(refused);
                }
            });
        }
    }

    /** Whether {@code from} is {@code sheet} or a style sheet that waits for it, directly or through others. */
    private boolean reaches(String from, String sheet) {
        List<String> todo = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        todo.add(from);
        while (!todo.isEmpty()) {
            String k = todo.remove(todo.size() - 1);
            if (k.equals(sheet)) {
                return true;
            }
            Set<String> next = sheetWaits.get(k);
            if (next != null && visited.add(k)) {
                todo.addAll(next);
            }
        }
        return false;
    }

    /** {@code text} with every reference replaced by its URL (keeping a {@code #TARGET}, as SVG uses need). */
    String rewrite(String text) {
        return links.rewrite(text, route -> {
            String url = urls.get(route.key().toString());
            if (url == null || url.equals(REFUSED)) {
                return REFUSED;
            }
            return route.target() == null ? url : url + "#" + route.target();
        });
    }

    /** True when a resource named in {@code texts} is an older generation's copy (the page must say so). */
    boolean anyStale(List<String> texts) {
        for (String text : texts) {
            for (Route r : links.find(text)) {
                if (stale.contains(r.key().toString())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The URL of one resolved resource, or null. */
    String urlOf(Route route) {
        String url = urls.get(route.key().toString());
        return url == null || url.equals(REFUSED) ? null : url;
    }

    private void whenReady(ResourceKey key, Runnable then) {
        String k = key.toString();
        if (urls.containsKey(k)) {
            then.run();
            return;
        }
        List<Runnable> queue = waiting.get(k);
        if (queue != null) {
            queue.add(then);
            return;
        }
        queue = new ArrayList<>();
        queue.add(then);
        waiting.put(k, queue);
        files.open(key, new PartyFiles.Opened() {
            @Override
            public void opened(OpenedResource resource, boolean older, String mirror) {
                if (older) {
                    stale.add(k);
                }
                String type = resource.meta().contentType();
                if (type.startsWith("text/css")) {
                    String css = ObjectUrls.utf8(resource.buffer(), resource.contentOffset(), resource.contentLength());
                    List<String> one = new ArrayList<>();
                    one.add(css);
                    resolve(one, k, new Progress() {
                        @Override
                        public void step(int done, int total) {
                        }

                        @Override
                        public void done(int refused) {
                            finish(k, ObjectUrls.ofText(rewrite(css), type));
                        }
                    });
                } else {
                    finish(k, ObjectUrls.of(resource.buffer(), resource.contentOffset(), resource.contentLength(),
                            type));
                }
            }

            @Override
            public void refused(String words, String detail) {
                finish(k, REFUSED);
            }
        });
    }

    private void finish(String key, String url) {
        urls.put(key, url);
        sheetWaits.remove(key);
        List<Runnable> queue = waiting.remove(key);
        if (queue != null) {
            for (Runnable r : queue) {
                r.run();
            }
        }
    }
}
