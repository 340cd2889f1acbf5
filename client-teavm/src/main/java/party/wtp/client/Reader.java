package party.wtp.client;

import static party.wtp.walk.Failure.NOT_FOUND;

import java.util.ArrayList;
import java.util.List;
import party.wtp.anchor.ResourceId;
import party.wtp.anchor.ResourceKey;
import party.wtp.client.js.Address;
import party.wtp.client.js.EntryPage;
import party.wtp.client.js.HtmlSource;
import party.wtp.client.js.LocalMemory;
import party.wtp.client.js.MirrorRequest;
import party.wtp.client.js.ObjectUrls;
import party.wtp.client.js.PageFrame;
import party.wtp.client.js.PageHooks;
import party.wtp.client.js.Sidebar;
import party.wtp.client.js.StatusPanel;
import party.wtp.client.js.TypedBytes;
import party.wtp.bytes.Base64Url;
import party.wtp.crypto.Fingerprint;
import party.wtp.crypto.PartyPublicKey;
import party.wtp.crypto.ed25519.VerificationKey;
import party.wtp.envelope.EnvelopeException;
import party.wtp.envelope.Failure;
import party.wtp.envelope.OpenedResource;
import party.wtp.envelope.TrustedRoots;
import party.wtp.manifest.Manifest;
import party.wtp.manifest.ManifestReader;
import party.wtp.manifest.MirrorEntry;
import party.wtp.naming.MirrorSalt;
import party.wtp.route.Route;
import party.wtp.walk.Fetch;
import party.wtp.walk.WalkPolicy;
import party.wtp.walk.WalkResult;

/**
 * One reader's visit on one mirror: opens the mirror's manifest for the party the address names, then shows the
 * page the address names, and every page the reader goes to from there (links, back, forward), verifying each
 * file before anything of it is used.
 */
final class Reader {
    private final MirrorSalt salt;
    private final StatusPanel status = new StatusPanel();
    private final AboutText about;
    /** The about sidebar, on every page of the visit; the mirror walk reports mirrors' answers to it. */
    final Sidebar sidebar;
    /** This mirror's base URL, as its entry page names it. */
    private final String here = EntryPage.meta("wtp-base");
    private final int timeoutMillis = WalkPolicy.defaults().targetTimeoutMillis();
    private Fingerprint party;
    private Manifest manifest;
    private PartyFiles files;
    private Subresources subresources;
    private FragmentLinks links;
    private SitePaths paths;
    /** The page on screen, or null. */
    private ResourceKey shown;
    /** The shown page's logical path (what its relative URLs resolve against) and query, as its scripts see them. */
    private String shownPath;
    private String shownQuery = "";
    /** The query of the page being opened. */
    private String query = "";
    /** Counts navigations, so that answers for a page the reader has left are dropped. */
    private int serial;
    /** The address's page asked for at start ({@link EarlyCopy#ofAddress}), until the first page takes it; or null. */
    private EarlyCopy early;

    Reader(MirrorSalt salt, EarlyCopy early) {
        this.salt = salt;
        this.early = early;
        sidebar = new Sidebar(status, this::aboutWanted);
        about = new AboutText(sidebar);
        sidebar.mirror(here, Words.ASKED);
    }

    /** The reader opened the sidebar for the first time: only now is the creator's text fetched. */
    private void aboutWanted() {
        about.wanted();
    }

    void start() {
        EntryPage.takeOver();
        Address.listen(() -> go(Address.fragment(), Address.query(), false));
        go(Address.fragment(), Address.query(), false);
    }

    /**
     * Shows the page a fragment names, with a query ("?q=word" or "") for its scripts; {@code push} adds a history
     * entry for it first.
     */
    private void go(String fragment, String query, boolean push) {
        Route route;
        try {
            if (fragment.isEmpty()) {
                throw new IllegalArgumentException("this address does not name a page: it lacks the part after '#'");
            }
            route = Route.parse(fragment);
        } catch (IllegalArgumentException e) {
            fail("This link is incomplete or damaged. Open the whole link you were given, including everything"
                    + " after the '#' sign.", e.getMessage());
            return;
        }
        if (party != null && !route.party().equals(party)) {
            fail("This link belongs to another site than the one this mirror serves.", "party " + route.party());
            return;
        }
        if (push) {
            Address.push(route.toString(), query);
        }
        int mine = ++serial;
        this.query = query;
        if (manifest == null) {
            openManifest(route, mine);
        } else if (route.key().equals(shown) && query.equals(shownQuery)) {
            scroll(route);
        } else {
            openPage(route, mine);
        }
    }

    /**
     * Opens this mirror's list, then the page. The page's file is asked for first, while the list is verified; the
     * list is the one the entry page carries when that one verifies as the newest known, else the mirror's file.
     */
    private void openManifest(Route route, int mine) {
        status.progress("Connecting to this mirror…", 0, 0);
        EarlyCopy page = earlyCopy(salt.fileName(route.key().id()));
        String carried = EntryPage.meta("wtp-list");
        byte[] list = decoded(carried);
        if (list != null && openList(route, list, carried, false) == null) {
            firstPage(route, mine, page);
            return;
        }
        String name = salt.fileName(ResourceId.ofManifest(salt));
        MirrorRequest.get(name, timeoutMillis, (code, body) -> {
            if (mine != serial) {
                page.drop();
                return;
            }
            String[] problem = code != 200 || body == null
                    ? new String[] {Words.unreachable(code), "HTTP status " + code + " for the mirror's list " + name}
                    : openList(route, TypedBytes.wrap(body), null, true);
            if (problem != null) {
                sidebar.mirror(here, code != 200 || body == null ? Words.NO_ANSWER : problem[2]);
                // this mirror's list is gone or bad: the one it served on an earlier visit still names the others
                byte[] earlier = decoded(LocalMemory.get(listMemoryKey(route)));
                if (earlier == null || openList(route, earlier, "", true) != null) {
                    page.drop();
                    fail(problem[0], problem[1]);
                    return;
                }
            }
            firstPage(route, mine, page);
        });
        // while the list's transfer runs: the base point's table the list's signature check needs, built once per visit
        VerificationKey.precompute();
    }

    /** The copy of {@code name} asked for at start, or a new request for it. */
    private EarlyCopy earlyCopy(String name) {
        EarlyCopy copy = early;
        early = null;
        if (copy != null && copy.name().equals(name)) {
            return copy;
        }
        if (copy != null) {
            copy.drop();
        }
        return new EarlyCopy(name);
    }

    /** The first page, whose walk takes over the copy asked for early if it asks this mirror first. */
    private void firstPage(Route route, int mine, EarlyCopy page) {
        files.channels().adopt(page);
        openPage(route, mine);
        files.channels().dropEarly();
    }

    /**
     * A list in b64url: the one the entry page carries ({@code <meta name="wtp-list">}, the served bytes), or the one
     * this mirror served on an earlier visit, if this browser kept it; null for none or a damaged one.
     */
    private static byte[] decoded(String text) {
        try {
            return text.isEmpty() ? null : Base64Url.decode(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String listMemoryKey(Route route) {
        return "wtp-list-" + route.party() + "-" + salt;
    }

    /**
     * Opens this mirror's signed list for the visit; null when it verified, else the words and detail why not and
     * the mirror's state for the sidebar. {@code text}: the list this mirror serves now, in b64url, kept for later
     * visits (null: {@code served} is, and gets encoded; "": {@code served} is the one kept from an earlier visit).
     * {@code staleOk}: a list older than the newest generation known will do.
     */
    private String[] openList(Route route, byte[] served, String text, boolean staleOk) {
        boolean remember = !"".equals(text);
        String copy = !remember ? null : text != null ? text : Base64Url.encode(served);
        try {
            PartyPublicKey key = ManifestReader.claimedParty(served);
            if (!route.party().matches(key)) {
                return new String[] {"This mirror serves another site than the one this link names.",
                        "the mirror's list is signed by party " + key.fingerprint() + ", the link names "
                                + route.party(), Words.OTHER_SITE};
            }
            TrustedRoots roots = new TrustedRoots(key);
            long known = PartyFiles.rememberedGeneration(roots);
            try {
                manifest = ManifestReader.open(served, salt, roots, known);
            } catch (EnvelopeException e) {
                if (e.failure() != Failure.STALE || !staleOk) {
                    throw e;
                }
                // an older list still names the mirrors: pages are then sought in the newest generation known
                manifest = ManifestReader.staleManifest(served, e);
                copy = null;
            }
            party = route.party();
            links = new FragmentLinks(party);
            files = new PartyFiles(roots, manifest, known);
            subresources = new Subresources(files, links);
            paths = new SitePaths(files);
            sidebar.party(party.toString(), manifest.generation());
            for (MirrorEntry other : manifest.mirrors()) {
                sidebar.mirror(other.url().toString(), Words.NOT_ASKED);
            }
            if (remember) {
                sidebar.mirror(manifest.self().url().toString(), Words.ANSWERED);
            }
            files.mirrors().listen(this::walked);
            if (copy != null) {
                LocalMemory.put(listMemoryKey(route), copy);
            }
            return null;
        } catch (EnvelopeException e) {
            return new String[] {Words.refused(e.failure()), "the mirror's list: " + e.getMessage(), Words.BAD_COPY};
        }
    }

    /** What a walk learnt of other mirrors, for the sidebar's list of mirrors and how they answered. */
    private void walked(WalkResult result) {
        for (Fetch f : result.attempts()) {
            if (f.state() == Fetch.State.FOUND || f.state() == Fetch.State.LISTED) {
                sidebar.mirror(f.mirror(), Words.ANSWERED);
            } else if (f.state() == Fetch.State.FAILED) {
                // a 404 is an answer: the mirror is up, it holds only part of the party
                sidebar.mirror(f.mirror(), f.failure() == NOT_FOUND ? Words.ANSWERED
                        : f.failure().plainWords());
            }
        }
    }

    private void openPage(Route route, int mine) {
        status.progress("Opening page…", 0, 0);
        files.open(route.key(), new PartyFiles.Opened() {
            @Override
            public void opened(OpenedResource page, boolean stale, String mirror) {
                if (mine == serial) {
                    prepare(route, page, stale, mirror, mine);
                }
            }

            @Override
            public void refused(String words, String detail) {
                if (mine == serial) {
                    fail(words, detail);
                }
            }
        });
    }

    private void prepare(Route route, OpenedResource page, boolean stale, String mirror, int mine) {
        subresources.expect(page.meta().closure());
        paths.know(page.meta().siteMap());
        about.found(files, paths);
        String type = page.meta().contentType();
        if (!type.startsWith("text/html") && !type.startsWith("application/xhtml")) {
            try {
                shown(route, stale, mirror, 0);
                showFile(page, type);
            } catch (Throwable e) {
                broken(e);
            }
            return;
        }
        String html = ObjectUrls.utf8(page.buffer(), page.contentOffset(), page.contentLength());
        HtmlSource source = HtmlSource.parse(html);
        List<String> texts = new ArrayList<>();
        source.rewriteReferences(text -> {
            texts.add(text);
            return text;
        });
        // the frame is made while the page's files are on the wire, if the browser is idle then
        PageFrame.spare();
        subresources.resolve(texts, new Subresources.Progress() {
            @Override
            public void step(int done, int total) {
                if (mine == serial) {
                    status.progress("Verifying files: " + done + " of " + total, done, total);
                }
            }

            @Override
            public void done(int refused) {
                if (mine != serial) {
                    return;
                }
                try {
                    // scripts and style sheets into the page itself; what stays a reference gets its blob: URL
                    source.inlineFiles(subresources::inlineText);
                    source.rewriteReferences(subresources::rewrite);
                    source.targetTop();
                    status.clearError();
                    shownPath = page.meta().path();
                    shownQuery = query;
                    PageFrame.show(source.serialize(), href -> follow(href, null),
                            window -> PageHooks.install(window, Reader.this::load, Reader.this::follow));
                    shown(route, stale || subresources.anyStale(texts), mirror, refused);
                } catch (Throwable e) {
                    broken(e);
                }
            }
        });
    }

    /**
     * A verified file that is not a page: images and text as the browser shows them; anything else (a PDF, an
     * archive) as a card with a download under the file's own name and type, and a viewer link where browsers
     * have one, rather than a blank page.
     */
    private void showFile(OpenedResource file, String type) {
        String url = ObjectUrls.of(file.buffer(), file.contentOffset(), file.contentLength(), type);
        String name = file.meta().fileName();
        if (type.startsWith("image/") || type.startsWith("text/")) {
            PageFrame.showFile(url, name);
            return;
        }
        PageFrame.clear();
        status.file(name, Words.download(name, file.contentLength(), type), url, type.startsWith("application/pdf")
                || type.startsWith("audio/") || type.startsWith("video/"));
    }

    private void shown(Route route, boolean stale, String mirror, int refused) {
        shown = route.key();
        status.clearError();
        status.idle();
        Mirrors mirrors = files.mirrors();
        if (stale) {
            status.notice("This may be out of date: no mirror reached had the newest copy of this page or of some"
                    + " of its files.", "", "");
        } else if (mirrors.hereIsDead() && !mirror.equals(mirrors.here())) {
            status.notice("This mirror stopped answering; this page came from " + Words.host(mirror) + ".",
                    "Continue there", mirror + "index.html#" + route);
        } else if (refused > 0) {
            status.notice(refused == 1 ? "One file of this page could not be verified and was left out."
                    : refused + " files of this page could not be verified and were left out.", "", "");
        } else {
            status.notice("", "", "");
        }
        // a page is shown in a new frame, at its top already: scrolling there would lay out the half-parsed page
        if (route.target() != null) {
            PageFrame.scrollTo(route.target());
        }
    }

    private void scroll(Route route) {
        if (route.target() == null) {
            PageFrame.scrollToTop();
        } else {
            PageFrame.scrollTo(route.target());
        }
    }

    /**
     * A link clicked or a form sent in the page ({@code query} null: the link's own): the party's routes, in-page
     * targets and the site's own paths (through the site map) are the client's to follow; false for the rest.
     */
    private boolean follow(String href, String query) {
        if (href.isEmpty() && query != null && shown != null) {
            href = "#" + new Route(party, shown, null);
        }
        if (href.startsWith("#")) {
            if (!links.find(href).isEmpty()) {
                go(href.substring(1), query == null ? "" : query, true);
            } else {
                scrollHere(Address.decodeTarget(href.substring(1)));
            }
            return true;
        }
        SiteLink link = SiteLink.of(href, shownPath);
        if (link == null) {
            return false;
        }
        String asked = query == null ? link.query : query;
        if (link.path.equals(shownPath) && asked.equals(shownQuery)) {
            scrollHere(link.target);
            return true;
        }
        paths.keyOf(link.path, key -> {
            if (key == null) {
                fail("This link leads to a file that is not part of this site.", "no file " + link.path);
            } else {
                go(new Route(party, key, link.target).toString(), asked, true);
            }
        });
        return true;
    }

    private void scrollHere(String target) {
        if (shown != null && !target.isEmpty()) {
            Route here = new Route(party, shown, target);
            Address.push(here.toString());
            scroll(here);
        }
    }

    /** A URL the page's script asks for: a file of the site comes verified, as a {@code blob:} URL, or not at all. */
    private boolean load(String url, PageHooks.Loaded then) {
        SiteLink link = SiteLink.of(url, shownPath);
        if (link == null) {
            return false;
        }
        paths.keyOf(link.path, key -> {
            if (key == null) {
                then.loaded(null);
                return;
            }
            Route route = new Route(party, key, null);
            List<String> one = new ArrayList<>();
            one.add("#" + route);
            subresources.resolve(one, refused -> then.loaded(subresources.urlOf(route)));
        });
        return true;
    }

    /** A fault of the client itself: still a message, never a blank page. */
    private void broken(Throwable e) {
        fail("This reader ran into an error of its own while showing the page. Reloading may help.", String.valueOf(e));
    }

    private void fail(String words, String detail) {
        serial++;
        shown = null;
        shownPath = null;
        PageFrame.clear();
        status.error(Words.CANNOT_SHOW, words, detail);
    }
}
