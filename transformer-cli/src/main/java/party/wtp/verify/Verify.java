package party.wtp.verify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import party.wtp.anchor.ResourceId;
import party.wtp.anchor.ResourceKey;
import party.wtp.build.Build;
import party.wtp.build.BuildState;
import party.wtp.build.ContentTypes;
import party.wtp.bytes.Hex;
import party.wtp.bytes.MalformedException;
import party.wtp.crypto.Fingerprint;
import party.wtp.crypto.KeyStream;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.PartyPublicKey;
import party.wtp.envelope.Envelope;
import party.wtp.envelope.EnvelopeException;
import party.wtp.envelope.EnvelopeOpener;
import party.wtp.envelope.Kind;
import party.wtp.envelope.OpenedEnvelope;
import party.wtp.envelope.OpenedResource;
import party.wtp.envelope.TrustedRoots;
import party.wtp.keys.KeyFile;
import party.wtp.keys.KeyFileException;
import party.wtp.keys.Passphrase;
import party.wtp.manifest.Manifest;
import party.wtp.manifest.ManifestReader;
import party.wtp.manifest.MirrorEntry;
import party.wtp.manifest.MirrorUrl;
import party.wtp.naming.MirrorSalt;
import party.wtp.route.SiteMap;

/**
 * {@code wtp verify}: checks offline, before upload, every file of every mirror folder a build wrote. Every envelope
 * must open (inner layer, header, proof, signature, exact length); every manifest must be the mirror's own; every
 * mirror must hold what its manifest says and nothing else; no two files anywhere may be byte-identical. With the
 * secret key it also reads the site map and checks every resource's meta data and that every resource is placed;
 * with the public key (or a fingerprint) it checks proofs and signatures of everything present.
 */
public final class Verify {
    private static final Pattern SALT = Pattern.compile("<meta name=\"wtp-salt\" content=\"([A-Za-z0-9_-]{22})\">");
    private static final int CHUNK = 1 << 20;
    private static final long MAX_SITE_MAP = 256L << 20;
    private static final String ENTRY_PAGE = "index.html";
    /** The largest entry page read: it carries the modern client (about 150 KB) and the signed list (at most 22 KB). */
    private static final int ENTRY_PAGE_MAX = 1 << 20;

    /** One mirror folder under check. */
    private static final class Mirror {
        final String name;
        final Path folder;
        final MirrorUrl url;
        final Set<String> files = new TreeSet<>();
        MirrorSalt salt;
        Manifest manifest;
        final Set<ResourceId> held = new HashSet<>();
        int extra;

        Mirror(String name, Path folder, MirrorUrl url) {
            this.name = name;
            this.folder = folder;
            this.url = url;
        }

        String manifestName() {
            return salt.fileName(ResourceId.ofManifest(salt));
        }
    }

    /** A resource the check knows of: always its id; with the secret key also its path and key. */
    private static final class Known {
        final ResourceId id;
        final String path;
        final ResourceKey key;

        Known(ResourceId id, String path, ResourceKey key) {
            this.id = id;
            this.path = path;
            this.key = key;
        }

        String describe() {
            return path != null ? path : "resource " + id;
        }
    }

    private final Findings findings = new Findings();
    private final Map<String, String> digests = new HashMap<>();
    private Path dir;
    private PartyKey secret;
    private TrustedRoots roots;
    private ResourceKey siteMapKey;

    /** Runs the check; problems go into the findings, unusable arguments throw. */
    public static Findings run(VerifyOptions o) throws VerifyException {
        return new Verify().check(o);
    }

    private Findings check(VerifyOptions o) throws VerifyException {
        if (o.dir == null) {
            throw new VerifyException("give the build's output folder to verify");
        }
        dir = o.dir;
        if (!Files.isDirectory(dir)) {
            throw new VerifyException(dir + ": " + (Files.exists(dir) ? "is not a folder" : "folder does not exist"));
        }
        PartyPublicKey party = trust(o);
        BuildState state = null;
        try {
            state = BuildState.read(dir);
        } catch (IOException e) {
            findings.problem(e.getMessage());
        }
        List<Mirror> mirrors = mirrors(state);
        findings.mirrors(mirrors.size());
        for (Mirror m : mirrors) {
            listFolder(m, state);
        }
        if (party == null) {
            Fingerprint fp = Fingerprint.parse(o.fingerprint);
            party = keyFromManifests(mirrors, fp);
            if (party == null) {
                findings.problem(dir + ": no mirror's manifest carries a key with fingerprint " + fp);
                return findings;
            }
        }
        roots = new TrustedRoots(party);
        openManifests(mirrors);
        Map<ResourceId, Known> universe = secret != null ? universeFromSiteMap(mirrors) : null;
        if (universe == null) {
            if (secret != null) {
                findings.note("content not checked: the site map opens on no mirror");
            } else {
                findings.note("content, meta data and completeness not checked: that needs the secret key file");
            }
            universe = universeFromNames(mirrors);
        }
        for (Mirror m : mirrors) {
            checkFiles(m, universe);
        }
        for (Mirror m : mirrors) {
            checkHoldings(m, universe, state);
        }
        checkPlacement(mirrors, universe);
        checkLists(mirrors, universe);
        return findings;
    }

    // ---- what to trust ----

    private PartyPublicKey trust(VerifyOptions o) throws VerifyException {
        Fingerprint fp = null;
        if (o.fingerprint != null) {
            try {
                fp = Fingerprint.parse(o.fingerprint.trim());
            } catch (IllegalArgumentException e) {
                throw new VerifyException("--fingerprint " + o.fingerprint + ": " + e.getMessage());
            }
        }
        if (o.key == null) {
            if (fp == null) {
                throw new VerifyException("give --key FILE (secret or public key) or --fingerprint FP");
            }
            return null;
        }
        try {
            KeyFile kf = KeyFile.read(o.key);
            if (fp != null && !fp.matches(kf.publicKey())) {
                throw new VerifyException("--fingerprint " + fp + ": does not match the key in " + o.key + " ("
                        + kf.publicKey().fingerprint() + ")");
            }
            if (!kf.isPublicOnly()) {
                if (kf.isSealed() && o.passphraseFile == null && System.console() == null) {
                    findings.note(o.key + ": sealed and no --passphrase-file given; checking with the public key only");
                } else {
                    secret = kf.secret(Passphrase.fromFileOrConsole(o.passphraseFile));
                    siteMapKey = ResourceKey.forPath(secret, Build.SITE_MAP_PATH);
                }
            }
            return kf.publicKey();
        } catch (KeyFileException e) {
            throw new VerifyException(e.getMessage());
        }
    }

    private PartyPublicKey keyFromManifests(List<Mirror> mirrors, Fingerprint fp) {
        for (Mirror m : mirrors) {
            if (m.salt == null || !m.files.contains(m.manifestName())) {
                continue;
            }
            byte[] served = readSmall(m, m.manifestName(), Manifest.MAX_LENGTH + 4096);
            if (served == null) {
                continue;
            }
            try {
                PartyPublicKey pk = ManifestReader.claimedParty(served);
                if (fp.matches(pk)) {
                    return pk;
                }
            } catch (EnvelopeException e) {
                // damaged; its own check reports it
            }
        }
        return null;
    }

    // ---- the folders ----

    private List<Mirror> mirrors(BuildState state) {
        Path list = dir.resolve(Build.MIRRORS_FILE);
        List<MirrorUrl> urls = new ArrayList<>();
        if (Files.isRegularFile(list)) {
            try {
                for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        MirrorUrl url = MirrorUrl.parse(line);
                        if (urls.contains(url)) {
                            findings.problem(Build.MIRRORS_FILE + ": names " + url + " twice");
                        } else {
                            urls.add(url);
                        }
                    } catch (IllegalArgumentException e) {
                        findings.problem(Build.MIRRORS_FILE + ": " + e.getMessage());
                    }
                }
            } catch (IOException e) {
                findings.problem(Build.MIRRORS_FILE + ": cannot read (" + e.getMessage() + ")");
            }
        } else {
            findings.problem(Build.MIRRORS_FILE + ": missing");
            if (state != null) {
                for (String u : state.mirrors().keySet()) {
                    urls.add(MirrorUrl.parse(u));
                }
            }
        }
        List<Mirror> mirrors = new ArrayList<>();
        Set<String> expected = new HashSet<>(List.of(Build.MIRRORS_FILE, BuildState.FILE_NAME));
        for (MirrorUrl url : urls) {
            Path folder = dir.resolve(url.folderName());
            expected.add(url.folderName());
            if (!Files.isDirectory(folder)) {
                findings.problem(url.folderName() + "/: missing (the folder of mirror " + url + ")");
                continue;
            }
            mirrors.add(new Mirror(url.folderName(), folder, url));
        }
        for (String name : list(dir)) {
            if (!expected.contains(name)) {
                findings.problem(name + ": not part of the build (no mirror of " + Build.MIRRORS_FILE + " has it)");
            }
        }
        return mirrors;
    }

    private void listFolder(Mirror m, BuildState state) {
        for (String name : list(m.folder)) {
            if (Files.isDirectory(m.folder.resolve(name))) {
                findings.problem(m.name + "/" + name + "/: a mirror folder holds no folders");
                m.extra++;
            } else {
                m.files.add(name);
            }
        }
        if (!m.files.contains(ENTRY_PAGE)) {
            findings.problem(m.name + "/" + ENTRY_PAGE + ": missing (the entry page)");
        } else {
            byte[] page = readSmall(m, ENTRY_PAGE, ENTRY_PAGE_MAX);
            Matcher salt = page == null ? null : SALT.matcher(new String(page, StandardCharsets.UTF_8));
            if (salt != null && salt.find()) {
                m.salt = MirrorSalt.parse(salt.group(1));
            } else {
                findings.problem(m.name + "/" + ENTRY_PAGE + ": does not name the mirror's salt");
            }
        }
        BuildState.Mirror recorded = state == null ? null : state.mirrors().get(m.url.toString());
        if (m.salt == null && recorded != null) {
            m.salt = recorded.salt;
        } else if (m.salt != null && recorded != null && !recorded.salt.equals(m.salt)) {
            findings.problem(m.name + "/" + ENTRY_PAGE + ": names salt " + m.salt + ", the build used " + recorded.salt);
        }
        if (m.salt == null) {
            findings.problem(m.name + "/: cannot check the envelopes without the mirror's salt");
        }
    }

    private List<String> list(Path folder) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
            for (Path p : s) {
                names.add(p.getFileName().toString());
            }
        } catch (IOException e) {
            findings.problem(folder + ": cannot list (" + e.getMessage() + ")");
        }
        Collections.sort(names);
        return names;
    }

    private byte[] readSmall(Mirror m, String name, int limit) {
        Path p = m.folder.resolve(name);
        try (InputStream in = Files.newInputStream(p)) {
            byte[] data = in.readNBytes(limit + 1);
            if (data.length > limit) {
                findings.problem(m.name + "/" + name + ": larger than " + limit + " bytes");
                return null;
            }
            return data;
        } catch (IOException e) {
            findings.problem(m.name + "/" + name + ": cannot read (" + e.getMessage() + ")");
            return null;
        }
    }

    // ---- manifests ----

    private void openManifests(List<Mirror> mirrors) {
        long newest = -1;
        for (Mirror m : mirrors) {
            if (m.salt == null) {
                continue;
            }
            String name = m.manifestName();
            if (!m.files.contains(name)) {
                findings.problem(m.name + "/" + name + ": missing (the mirror's manifest)");
                continue;
            }
            byte[] served = readSmall(m, name, Manifest.MAX_LENGTH + 4096);
            if (served == null) {
                continue;
            }
            distinct(m, name, served, served.length);
            try {
                m.manifest = ManifestReader.open(served, m.salt, roots, 0);
                findings.checkedFile();
            } catch (EnvelopeException e) {
                findings.problem(m.name + "/" + name + " (manifest): " + e.getMessage());
                continue;
            }
            if (!m.manifest.self().url().equals(m.url)) {
                findings.problem(m.name + "/" + name + " (manifest): belongs to mirror " + m.manifest.self().url()
                        + ", not " + m.url);
            }
            newest = Math.max(newest, m.manifest.generation());
        }
        for (Mirror m : mirrors) {
            if (m.manifest != null && m.manifest.generation() < newest) {
                findings.problem(m.name + "/: holds generation " + m.manifest.generation() + ", other mirrors " + newest);
            }
        }
    }

    // ---- which resources exist ----

    private Map<ResourceId, Known> universeFromSiteMap(List<Mirror> mirrors) {
        for (Mirror m : mirrors) {
            if (m.salt == null) {
                continue;
            }
            String name = m.salt.fileName(siteMapKey.id());
            if (!m.files.contains(name)) {
                continue;
            }
            SiteMap map;
            try {
                if (Files.size(m.folder.resolve(name)) > MAX_SITE_MAP) {
                    continue;
                }
                byte[] served = Files.readAllBytes(m.folder.resolve(name));
                OpenedResource opened = Envelope.openResource(served, siteMapKey, roots, MAX_SITE_MAP, 0);
                map = SiteMap.decode(opened.buffer(), opened.contentOffset(), opened.contentLength());
            } catch (IOException | EnvelopeException | IllegalArgumentException | MalformedException e) {
                continue;
            }
            Map<ResourceId, Known> universe = new LinkedHashMap<>();
            universe.put(siteMapKey.id(), new Known(siteMapKey.id(), Build.SITE_MAP_PATH, siteMapKey));
            for (Map.Entry<String, ResourceKey> e : map.entries().entrySet()) {
                ResourceKey derived = ResourceKey.forPath(secret, e.getKey());
                if (!derived.equals(e.getValue())) {
                    findings.problem("site map: the key of " + e.getKey() + " is not the party's key for that path");
                }
                universe.put(derived.id(), new Known(derived.id(), e.getKey(), derived));
            }
            return universe;
        }
        return null;
    }

    private Map<ResourceId, Known> universeFromNames(List<Mirror> mirrors) {
        Map<ResourceId, Known> universe = new LinkedHashMap<>();
        for (Mirror m : mirrors) {
            if (m.salt == null) {
                continue;
            }
            for (String name : m.files) {
                if (special(m, name)) {
                    continue;
                }
                byte[] start = new byte[EnvelopePeek.INNER_KEY + EnvelopePeek.FIXED_HEADER];
                try (InputStream in = Files.newInputStream(m.folder.resolve(name))) {
                    start = in.readNBytes(start.length);
                } catch (IOException e) {
                    continue;
                }
                EnvelopePeek peek = EnvelopePeek.of(start);
                if (peek != null && peek.kind == EnvelopePeek.KIND_RESOURCE && m.salt.fileName(peek.id).equals(name)) {
                    universe.putIfAbsent(peek.id, new Known(peek.id, null, null));
                }
            }
        }
        return universe;
    }

    private boolean special(Mirror m, String name) {
        return name.equals(ENTRY_PAGE) || name.equals(m.salt.bridgeFileName()) || name.equals(m.salt.clientFileName())
                || name.equals(m.salt.legacyClientFileName()) || name.equals(m.manifestName());
    }

    // ---- every file of a mirror ----

    private void checkFiles(Mirror m, Map<ResourceId, Known> universe) {
        if (m.salt == null) {
            return;
        }
        Map<String, Known> byName = new HashMap<>();
        for (Known k : universe.values()) {
            byName.put(m.salt.fileName(k.id), k);
        }
        for (String name : new String[] {m.salt.bridgeFileName(), m.salt.clientFileName(), m.salt.legacyClientFileName()}) {
            if (!m.files.contains(name)) {
                findings.problem(m.name + "/" + name + ": missing (the " + (name.equals(m.salt.clientFileName()) ? "client"
                        : name.endsWith(".js") ? "legacy client" : "bridge page")
                        + ")");
            }
        }
        for (String name : m.files) {
            if (name.equals(m.manifestName())) {
                continue;
            }
            if (special(m, name)) {
                byte[] data = readSmall(m, name, 64 << 20);
                if (data != null) {
                    distinct(m, name, data, data.length);
                    if (name.equals(ENTRY_PAGE)
                            && !new String(data, StandardCharsets.UTF_8).contains("\"" + m.salt.clientFileName() + "\"")) {
                        findings.problem(m.name + "/" + name + ": does not load this mirror's client");
                    }
                }
                continue;
            }
            Known k = byName.get(name);
            if (k == null) {
                findings.problem(m.name + "/" + name + ": extra file (not named after any resource of this party on"
                        + " this mirror)");
                m.extra++;
                continue;
            }
            checkEnvelope(m, name, k);
        }
    }

    private void checkEnvelope(Mirror m, String name, Known k) {
        String where = m.name + "/" + name + (k.path == null ? "" : " (" + k.path + ")");
        long limit = m.manifest == null ? Long.MAX_VALUE : m.manifest.maxResourceLength();
        EnvelopeOpener opener = new EnvelopeOpener(roots, k.id, Kind.RESOURCE, limit);
        MessageDigest digest = sha256();
        byte[] meta = new byte[MetaReader.MAX];
        int metaFill = 0;
        long position = 0;
        OpenedEnvelope opened;
        try (InputStream in = Files.newInputStream(m.folder.resolve(name))) {
            byte[] buf = new byte[CHUNK];
            int n;
            while ((n = in.readNBytes(buf, 0, CHUNK)) > 0) {
                digest.update(buf, 0, n);
                opener.push(buf, 0, n);
                if (opener.expectedLength() >= 0 && metaFill < meta.length) {
                    long bodyStart = opener.bodyOffset() + (long) metaFill;
                    if (bodyStart >= position && bodyStart < position + n) {
                        int from = (int) (bodyStart - position);
                        int count = Math.min(n - from, meta.length - metaFill);
                        System.arraycopy(buf, from, meta, metaFill, count);
                        metaFill += count;
                    }
                }
                position += n;
            }
            opened = opener.finish(0);
        } catch (IOException e) {
            findings.problem(where + ": cannot read (" + e.getMessage() + ")");
            return;
        } catch (EnvelopeException e) {
            findings.problem(where + ": " + e.getMessage());
            distinctDigest(m, name, digest.digest());
            return;
        }
        distinctDigest(m, name, digest.digest());
        findings.checkedFile();
        m.held.add(k.id);
        if (m.manifest != null) {
            if (opened.generation() != m.manifest.generation()) {
                findings.problem(where + ": generation " + opened.generation() + ", the mirror's manifest is of "
                        + m.manifest.generation());
            }
            if (!m.manifest.self().mayHold(k.id)) {
                findings.problem(where + ": the mirror's manifest does not list it");
            }
        }
        if (k.key != null) {
            checkMeta(where, k, opened, meta, metaFill);
        }
    }

    private void checkMeta(String where, Known k, OpenedEnvelope opened, byte[] meta, int metaFill) {
        int len = (int) Math.min(metaFill, opened.bodyLength());
        KeyStream outer = opened.outerLayer(k.key);
        outer.apply(meta, 0, len, meta, 0);
        MetaReader read;
        try {
            read = MetaReader.read(meta, len);
        } catch (MalformedException e) {
            findings.problem(where + ": " + e.getMessage());
            return;
        }
        boolean isMap = k.path.equals(Build.SITE_MAP_PATH);
        String type = isMap ? SiteMap.CONTENT_TYPE : ContentTypes.of(k.path);
        if (!read.path.equals(k.path)) {
            findings.problem(where + ": its meta data names path " + read.path);
        }
        if (!read.contentType.equals(type)) {
            findings.problem(where + ": content type " + read.contentType + ", expected " + type);
        }
        boolean page = ContentTypes.isHtml(type);
        if (page && !siteMapKey.equals(read.siteMap)) {
            findings.problem(where + ": the page does not carry the site map's key");
        }
        if (!page && read.siteMap != null) {
            findings.problem(where + ": carries a site map key although it is not a page");
        }
    }

    private void distinct(Mirror m, String name, byte[] data, int len) {
        MessageDigest d = sha256();
        d.update(data, 0, len);
        distinctDigest(m, name, d.digest());
    }

    /** Copies on different mirrors (or under different names) must not share bytes; identical files betray both. */
    private void distinctDigest(Mirror m, String name, byte[] digest) {
        String here = m.name + "/" + name;
        String earlier = digests.putIfAbsent(Hex.encode(digest), here);
        if (earlier != null) {
            findings.problem(here + ": byte-identical to " + earlier + " (copied from another mirror?)");
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- placement ----

    private void checkHoldings(Mirror m, Map<ResourceId, Known> universe, BuildState state) {
        if (m.salt == null || m.manifest == null) {
            return;
        }
        MirrorEntry self = m.manifest.self();
        for (Known k : universe.values()) {
            boolean present = m.files.contains(m.salt.fileName(k.id));
            boolean mustHold = self.holdings().holdsAll() || k.id.equals(m.manifest.entry())
                    || (siteMapKey != null && k.id.equals(siteMapKey.id()));
            if (mustHold && !present) {
                String why = self.holdings().holdsAll() ? "its manifest says it holds everything"
                        : "every mirror holds the " + (k.id.equals(m.manifest.entry()) ? "entry page" : "site map");
                findings.problem(m.name + "/" + m.salt.fileName(k.id) + " (" + k.describe() + "): missing (" + why + ")");
            }
        }
        BuildState.Mirror recorded = state == null ? null : state.mirrors().get(m.url.toString());
        if (recorded == null) {
            return;
        }
        int legitimate = m.files.size() - m.extra;
        int missing = recorded.fileCount - legitimate;
        if (missing > 0) {
            List<String> perhaps = new ArrayList<>();
            if (secret != null) {
                for (Known k : universe.values()) {
                    if (self.mayHold(k.id) && !m.files.contains(m.salt.fileName(k.id)) && perhaps.size() < 5) {
                        perhaps.add(k.path);
                    }
                }
            }
            findings.problem(m.name + "/: " + missing + " file(s) missing: the build wrote " + recorded.fileCount
                    + (perhaps.isEmpty() ? "" : " (perhaps " + String.join(", ", perhaps) + ")"));
        } else if (missing == 0 && m.extra == 0
                && !BuildState.digestOfNames(new ArrayList<>(m.files)).equals(recorded.namesDigest)) {
            findings.problem(m.name + "/: its file names are not the ones the build wrote");
        }
    }

    private void checkPlacement(List<Mirror> mirrors, Map<ResourceId, Known> universe) {
        if (secret == null) {
            return;
        }
        for (Known k : universe.values()) {
            boolean anywhere = false;
            for (Mirror m : mirrors) {
                anywhere |= m.held.contains(k.id);
            }
            if (!anywhere) {
                findings.problem(k.describe() + ": no mirror holds a good copy");
            }
        }
    }

    private void checkLists(List<Mirror> mirrors, Map<ResourceId, Known> universe) {
        Map<MirrorUrl, Integer> index = new HashMap<>();
        for (int i = 0; i < mirrors.size(); i++) {
            index.put(mirrors.get(i).url, i);
        }
        List<List<Integer>> edges = new ArrayList<>();
        boolean complete = true;
        for (Mirror m : mirrors) {
            List<Integer> out = new ArrayList<>();
            edges.add(out);
            if (m.manifest == null) {
                complete = false;
                continue;
            }
            for (MirrorEntry e : m.manifest.mirrors()) {
                Integer j = index.get(e.url());
                if (j == null) {
                    findings.problem(m.name + "/ (manifest): names mirror " + e.url() + ", which is not in "
                            + Build.MIRRORS_FILE);
                    continue;
                }
                out.add(j);
                Mirror other = mirrors.get(j);
                if (other.salt != null && !other.salt.equals(e.salt())) {
                    findings.problem(m.name + "/ (manifest): gives mirror " + e.url() + " another salt than its own");
                } else if (other.manifest != null && !sameHoldings(e, other.manifest.self(), universe)) {
                    findings.problem(m.name + "/ (manifest): says mirror " + e.url()
                            + " holds other resources than its own manifest does");
                }
            }
        }
        if (complete && mirrors.size() > 1 && !(reachesAll(edges, false) && reachesAll(edges, true))) {
            findings.problem(Build.MIRRORS_FILE + ": the mirrors' lists do not connect every mirror to every other");
        }
    }

    private static boolean sameHoldings(MirrorEntry a, MirrorEntry b, Map<ResourceId, Known> universe) {
        if (a.holdings().holdsAll() != b.holdings().holdsAll()) {
            return false;
        }
        for (ResourceId id : universe.keySet()) {
            if (a.mayHold(id) != b.mayHold(id)) {
                return false;
            }
        }
        return true;
    }

    private static boolean reachesAll(List<List<Integer>> edges, boolean reversed) {
        int n = edges.size();
        List<List<Integer>> g = edges;
        if (reversed) {
            g = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                g.add(new ArrayList<>());
            }
            for (int i = 0; i < n; i++) {
                for (int j : edges.get(i)) {
                    g.get(j).add(i);
                }
            }
        }
        boolean[] seen = new boolean[n];
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(0);
        seen[0] = true;
        int count = 1;
        while (!todo.isEmpty()) {
            for (int j : g.get(todo.poll())) {
                if (!seen[j]) {
                    seen[j] = true;
                    count++;
                    todo.add(j);
                }
            }
        }
        return count == n;
    }
}
