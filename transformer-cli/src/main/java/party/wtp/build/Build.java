package party.wtp.build;

import party.wtp.merkle.MerkleTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import party.wtp.anchor.ResourceId;
import party.wtp.anchor.ResourceKey;
import party.wtp.crypto.PartyKey;
import party.wtp.envelope.Leaf;
import party.wtp.envelope.OuterSeal;
import party.wtp.envelope.ResourceMeta;
import party.wtp.envelope.SignedRoot;
import party.wtp.keys.SystemRandomness;
import party.wtp.manifest.Holdings;
import party.wtp.manifest.Manifest;
import party.wtp.manifest.MirrorEntry;
import party.wtp.manifest.MirrorUrl;
import party.wtp.naming.MirrorSalt;
import party.wtp.route.SiteMap;

/**
 * {@code wtp build}: turns a site folder into a party, one folder per mirror. Checks all input first; then prepares
 * every resource (rewrites links, scrubs meta data), places resources on mirrors and builds each mirror's manifest;
 * seals every resource in one read of its content, writing each mirror's copy body as it goes; and finally signs
 * the Merkle root over all leaves and writes the heads in front of the bodies. Writes into a staging folder that
 * replaces the output folder only when complete. Returns one entry URL per mirror.
 */
public final class Build {
    /** The logical path the site map's key is derived from: it starts with '/', so no site file can have it. */
    public static final String SITE_MAP_PATH = "/wtp/site-map";
    /** The list of mirror URLs written beside the mirror folders. */
    public static final String MIRRORS_FILE = "mirrors.txt";
    private final Rewriter.Factory rewriters;
    private final Scrubber scrubber;
    private final BuildLog log;
    private final LongSupplier clockSeconds;

    public Build(Rewriter.Factory rewriters, Scrubber scrubber, BuildLog log) {
        this(rewriters, scrubber, log, () -> System.currentTimeMillis() / 1000);
    }

    /** With a clock for the manifests' creation time, so that tests can compare whole builds byte for byte. */
    Build(Rewriter.Factory rewriters, Scrubber scrubber, BuildLog log, LongSupplier clockSeconds) {
        this.rewriters = rewriters;
        this.scrubber = scrubber;
        this.log = log;
        this.clockSeconds = clockSeconds;
    }

    /** Builds; on a {@link BuildException} or {@link IOException} the output folder is as it was. */
    public List<String> run(BuildOptions o) throws BuildException, IOException {
        BuildInput in = BuildInput.check(o, rewriters);
        RandomSource random = o.seed == null ? RandomSource.system() : RandomSource.seeded(o.seed);
        if (random.seeded()) {
            log.warn("--seed makes every key and nonce of this build predictable: use it for tests only");
        }
        try (StagingArea staging = StagingArea.beside(in.out, SystemRandomness.create())) {
            List<String> entries = build(in, o, random, staging);
            staging.commit();
            log.info("wrote " + in.mirrors.size() + " mirror folder(s) of generation " + in.generation + " to " + in.out);
            return entries;
        }
    }

    private List<String> build(BuildInput in, BuildOptions o, RandomSource random, StagingArea staging)
            throws BuildException, IOException {
        PartyKey party = in.party;
        long generation = in.generation;
        int mirrorCount = in.mirrors.size();

        Map<String, ResourceKey> keys = new LinkedHashMap<>();
        for (SiteFile f : in.site.files()) {
            keys.put(f.path(), ResourceKey.forPath(party, f.path()));
        }
        SiteRoutes routes = new SiteRoutes(party.publicKey().fingerprint(), keys);
        ResourceKey mapKey = ResourceKey.forPath(party, SITE_MAP_PATH);

        List<Resource> resources = new ArrayList<>();
        long totalBytes = 0;
        for (SiteFile f : in.site.files()) {
            String type = ContentTypes.of(f.path());
            boolean page = ContentTypes.isHtml(type);
            byte[] meta = meta(f, type, page ? mapKey : null);
            resources.add(new Resource(resources.size(), f.path(), keys.get(f.path()), type, meta, page, f.file()));
            totalBytes += f.size();
        }
        Map<String, ResourceKey> mapped = keys;
        Resource about = null;
        if (in.about != null) {
            about = AboutText.resource(resources.size(), party, in.about, staging.work());
            resources.add(about);
            mapped = new LinkedHashMap<>(keys);
            mapped.put(about.path, about.key);
        }
        Path mapFile = staging.work().resolve("site-map");
        Files.write(mapFile, new SiteMap(mapped).encode());
        Resource map = new Resource(resources.size(), SITE_MAP_PATH, mapKey, SiteMap.CONTENT_TYPE,
                new ResourceMeta(SiteMap.CONTENT_TYPE, SITE_MAP_PATH, null).encode(), false, mapFile);
        resources.add(map);

        log.info("party " + party.publicKey().fingerprint() + ", generation " + generation + ": "
                + in.site.files().size() + " files, " + mirrorCount + " mirror(s)");
        int threads = o.threads == null ? Crew.defaultThreads() : o.threads;
        log.stage("preparing", totalBytes);
        Preparation prep = new Preparation(generation, routes, in.rewriter,
                o.keepMetadata ? Scrubber.NONE : scrubber, staging.work(), random, log);
        List<Crew.Job> jobs = new ArrayList<>();
        Resource aboutText = about;
        for (Resource r : resources) {
            jobs.add(crew -> prep.run(r, r != map && r != aboutText));
        }
        Crew.runAll(jobs, threads, Sealing.CHUNK);

        Map<String, Set<String>> references = new HashMap<>();
        Set<String> styleSheets = new HashSet<>();
        for (Resource r : resources) {
            if (r.page || ContentTypes.isCss(r.contentType)) {
                references.put(r.path, r.referenced);
            }
            if (ContentTypes.isCss(r.contentType)) {
                styleSheets.add(r.path);
            }
        }
        Set<String> shared = SharedAssets.of(Site.ENTRY, references, styleSheets);
        withClosures(resources, styleSheets, routes, mapKey);
        long[] sizes = new long[resources.size()];
        boolean[] everywhere = new boolean[resources.size()];
        long maxLength = 0;
        long sealBytes = 0;
        for (Resource r : resources) {
            sizes[r.index] = r.meta.length + r.contentLength;
            everywhere[r.index] = r == map || r == about || shared.contains(r.path);
            maxLength = Math.max(maxLength, sizes[r.index]);
            sealBytes += r.contentLength;
        }
        Placement placement = Placement.place(sizes, everywhere, mirrorCount, in.replicas);

        MirrorSalt[] salts = new MirrorSalt[mirrorCount];
        MirrorEntry[] entries = new MirrorEntry[mirrorCount];
        for (int m = 0; m < mirrorCount; m++) {
            MirrorUrl url = in.mirrors.get(m);
            BuildState.Mirror before = in.previous == null || !in.previous.party().equals(fingerprint(party)) ? null
                    : in.previous.mirrors().get(url.toString());
            salts[m] = before != null ? before.salt : MirrorSalt.of(random.forLabel("salt/" + url).bytes(MirrorSalt.LENGTH));
            entries[m] = new MirrorEntry(url, salts[m], holdings(resources, placement, m));
        }
        List<List<Integer>> lists = MirrorLists.choose(mirrorCount, in.listSize,
                random.forLabel("lists/" + generation));
        long created = clockSeconds.getAsLong();
        byte[][] manifestBodies = new byte[mirrorCount][];
        Leaf[] manifestLeaves = new Leaf[mirrorCount];
        for (int m = 0; m < mirrorCount; m++) {
            List<MirrorEntry> named = new ArrayList<>();
            for (int other : lists.get(m)) {
                named.add(entries[other]);
            }
            Manifest manifest = new Manifest(party.publicKey(), generation, created, keys.get(Site.ENTRY).id(),
                    maxLength, entries[m], named, in.reportUrl, null);
            byte[] body = manifest.encode();
            OuterSeal seal = OuterSeal.manifest(ResourceId.ofManifest(salts[m]));
            seal.process(body, 0, body.length, body, 0);
            manifestBodies[m] = body;
            manifestLeaves[m] = seal.leaf(generation);
        }

        int treeSize = resources.size() + mirrorCount;
        MirrorFolders folders = MirrorFolders.create(staging.output(), in.mirrors, salts, generation, random);
        ProvisionalHead provisional = new ProvisionalHead(treeSize);
        log.stage("sealing", sealBytes);
        Sealing sealing = new Sealing(generation, placement, folders, provisional, log);
        List<Resource> largestFirst = new ArrayList<>(resources);
        largestFirst.sort(Comparator.comparingLong((Resource r) -> r.contentLength).reversed());
        jobs.clear();
        for (Resource r : largestFirst) {
            jobs.add(crew -> sealing.run(r, crew));
        }
        Crew.runAll(jobs, threads, Sealing.CHUNK);
        EnvelopeCopy[] manifestCopies = new EnvelopeCopy[mirrorCount];
        for (int m = 0; m < mirrorCount; m++) {
            manifestCopies[m] = EnvelopeCopy.create(folders.file(m, manifestLeaves[m].id()), provisional,
                    manifestLeaves[m], resources.size() + m, folders.innerKey(m, "m", "manifest"));
            manifestCopies[m].body(manifestBodies[m], manifestBodies[m].length, new byte[manifestBodies[m].length]);
            manifestCopies[m].finishBody();
        }

        byte[][] leafHashes = new byte[treeSize][];
        for (Resource r : resources) {
            leafHashes[r.index] = r.leaf.hash();
        }
        for (int m = 0; m < mirrorCount; m++) {
            leafHashes[resources.size() + m] = manifestLeaves[m].hash();
        }
        MerkleTree tree = new MerkleTree(leafHashes);
        byte[] root = tree.root();
        byte[] signature = new SignedRoot(generation, tree.size(), root).sign(party);
        jobs.clear();
        for (Resource r : resources) {
            jobs.add(crew -> {
                for (EnvelopeCopy c : r.copies) {
                    c.writeHead(r.leaf, tree.proof(r.index), root, signature);
                }
            });
        }
        Crew.runAll(jobs, threads, Sealing.CHUNK);
        for (int m = 0; m < mirrorCount; m++) {
            manifestCopies[m].writeHead(manifestLeaves[m], tree.proof(resources.size() + m), root, signature);
        }

        Map<String, BuildState.Mirror> states = new LinkedHashMap<>();
        StringBuilder mirrorsText = new StringBuilder();
        List<String> entryUrls = new ArrayList<>();
        String route = routes.route(Site.ENTRY).toString();
        for (int m = 0; m < mirrorCount; m++) {
            MirrorSalt salt = salts[m];
            byte[] list = Files.readAllBytes(folders.file(m, manifestLeaves[m].id()));
            Files.write(folders.folder(m).resolve(Site.ENTRY), MirrorPages.entryPage(salt, in.mirrors.get(m), list));
            Files.write(folders.folder(m).resolve(salt.bridgeFileName()), MirrorPages.bridgePage(salt));
            Files.write(folders.folder(m).resolve(salt.clientFileName()), MirrorPages.client(salt));
            Files.write(folders.folder(m).resolve(salt.legacyClientFileName()), MirrorPages.legacyClient(salt));
            List<String> names = fileNames(folders.folder(m));
            String url = in.mirrors.get(m).toString();
            states.put(url, new BuildState.Mirror(url, salt, names.size(), BuildState.digestOfNames(names)));
            mirrorsText.append(url).append('\n');
            entryUrls.add(url + "#" + route);
        }
        Files.write(staging.output().resolve(MIRRORS_FILE), mirrorsText.toString().getBytes(StandardCharsets.UTF_8));
        new BuildState(generation, fingerprint(party), states).write(staging.output());
        return entryUrls;
    }

    static String fingerprint(PartyKey party) {
        return party.publicKey().fingerprint().toString();
    }

    private static byte[] meta(SiteFile f, String type, ResourceKey siteMap) throws BuildException {
        try {
            return new ResourceMeta(type, f.path(), siteMap).encode();
        } catch (IllegalArgumentException e) {
            throw new BuildException(f.file() + ": path is too long to publish (" + e.getMessage() + ")");
        }
    }

    /** Writes each page's meta again, now with its closure: every document is prepared, so what each loads is known. */
    private static void withClosures(List<Resource> resources, Set<String> styleSheets, SiteRoutes routes,
            ResourceKey mapKey) {
        Map<String, List<String>> loads = new HashMap<>();
        for (Resource r : resources) {
            loads.put(r.path, r.loaded);
        }
        for (Resource r : resources) {
            if (r.page && !r.loaded.isEmpty()) {
                List<ResourceKey> closure = new ArrayList<>();
                for (String p : PageClosure.of(r.path, loads, styleSheets)) {
                    closure.add(routes.key(p));
                }
                r.meta = new ResourceMeta(r.contentType, r.path, mapKey, closure).encode();
            }
        }
    }

    private static Holdings holdings(List<Resource> resources, Placement placement, int mirror) {
        List<ResourceId> ids = new ArrayList<>();
        for (Resource r : resources) {
            if (placement.holds(mirror, r.index)) {
                ids.add(r.key.id());
            }
        }
        return ids.size() == resources.size() ? Holdings.all() : Holdings.of(ids, ids.size());
    }

    static List<String> fileNames(Path folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
            for (Path p : s) {
                names.add(p.getFileName().toString());
            }
        }
        return names;
    }
}
