package party.wtp.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.typedarrays.ArrayBuffer;
import party.wtp.anchor.ResourceId;
import party.wtp.anchor.ResourceKey;
import party.wtp.client.js.Clock;
import party.wtp.client.js.MirrorTransfer;
import party.wtp.client.js.TypedBytes;
import party.wtp.envelope.Envelope;
import party.wtp.envelope.EnvelopeException;
import party.wtp.envelope.OpenedResource;
import party.wtp.manifest.Manifest;
import party.wtp.manifest.ManifestReader;
import party.wtp.manifest.MirrorEntry;
import party.wtp.walk.Action;
import party.wtp.walk.Failure;
import party.wtp.walk.Fetch;
import party.wtp.walk.ListedMirror;
import party.wtp.walk.MirrorWalk;
import party.wtp.walk.WalkResult;

/**
 * Drives core's {@link MirrorWalk} for one resource with the page's timers and transfers: every copy a mirror sends
 * is verified before the walk hears of it, a signed mirror list only once it verified, so a lying mirror only ever
 * costs a failed fetch. The walk decides whom to ask, how many at once and when to give up.
 */
final class ResourceWalk {
    /** The envelope's header on top of the body limit, so that a transfer of a legal copy is never cut. */
    private static final int HEADER_ROOM = 4096;

    private final PartyFiles files;
    private final ResourceKey key;
    private final PartyFiles.Opened then;
    private final MirrorWalk walk;
    private final Map<Fetch, MirrorChannels.Transfer> running = new HashMap<>();
    private final Map<Fetch, OpenedResource> copies = new HashMap<>();
    private int timer = -1;

    ResourceWalk(PartyFiles files, ResourceKey key, PartyFiles.Opened then) {
        this.files = files;
        this.key = key;
        this.then = then;
        Mirrors mirrors = files.mirrors();
        MirrorWalk.Builder b = MirrorWalk.builder(files.policy()).seed((int) (Clock.now() % 1000003))
                .knownGeneration(files.knownGeneration()).firstHop(mirrors.others(key.id()));
        ListedMirror first = mirrors.first(key.id());
        if (first != null) {
            b.current(first);
        }
        walk = b.start(now());
    }

    private static long now() {
        return (long) Clock.now();
    }

    void start() {
        pump();
    }

    private void pump() {
        long now = now();
        for (Action a : walk.next(now)) {
            if (a.isStart()) {
                begin(a.fetch());
            } else {
                MirrorChannels.Transfer t = running.remove(a.fetch());
                if (t != null) {
                    t.abort();
                }
            }
        }
        if (timer >= 0) {
            Clock.cancel(timer);
            timer = -1;
        }
        if (walk.isDone()) {
            finish(walk.result());
            return;
        }
        long at = walk.nextWakeup(now);
        timer = Clock.after((int) Math.max(0, Math.min(at - now, 60000)), this::pump);
    }

    private void begin(Fetch fetch) {
        MirrorEntry mirror = files.mirrors().entry(fetch.mirror());
        boolean target = fetch.kind() == Fetch.Kind.TARGET;
        if (!target) {
            List<MirrorEntry> known = files.mirrors().listOf(fetch.mirror());
            if (known != null) {
                walk.listed(fetch, listed(known), now());
                return;
            }
        }
        ResourceId id = target ? key.id() : ResourceId.ofManifest(mirror.salt());
        long limit = target ? files.bodyLimit() : Manifest.MAX_LENGTH;
        int max = (int) Math.min(limit + HEADER_ROOM, fetch.byteLimit());
        int[] seen = new int[1];
        running.put(fetch, files.channels().get(mirror, mirror.salt().fileName(id), max, loaded -> {
            if (loaded > seen[0] && running.containsKey(fetch)) {
                int more = loaded - seen[0];
                seen[0] = loaded;
                walk.read(fetch, more, now());
                pump();
            }
        }, (status, body) -> {
            if (running.remove(fetch) != null) {
                settle(fetch, mirror, status, body, seen[0]);
                pump();
            }
        }));
    }

    private void settle(Fetch fetch, MirrorEntry mirror, int status, ArrayBuffer body, int seen) {
        long now = now();
        if (status != 200 || body == null) {
            walk.failed(fetch, status == MirrorTransfer.TOO_LARGE ? Failure.OVERSIZE
                    : status == 0 ? Failure.REFUSED : Failure.NOT_FOUND, now);
            return;
        }
        byte[] served = TypedBytes.wrap(body);
        if (served.length > seen && !walk.read(fetch, served.length - seen, now)) {
            return;
        }
        try {
            if (fetch.kind() == Fetch.Kind.LIST) {
                Manifest list = ManifestReader.open(served, mirror.salt(), files.roots(), 0);
                walk.listed(fetch, listed(files.mirrors().learn(list)), now);
                return;
            }
            OpenedResource copy;
            try {
                copy = Envelope.openResource(served, key, files.roots(), files.bodyLimit(), files.knownGeneration());
            } catch (EnvelopeException e) {
                if (e.failure() != party.wtp.envelope.Failure.STALE) {
                    throw e;
                }
                copy = Envelope.staleResource(served, e);
            }
            copies.put(fetch, copy);
            walk.found(fetch, copy.envelope().generation(), now);
        } catch (EnvelopeException e) {
            walk.failed(fetch, failure(e.failure()), now);
        }
    }

    private List<ListedMirror> listed(List<MirrorEntry> entries) {
        List<ListedMirror> out = new ArrayList<>();
        for (MirrorEntry e : entries) {
            out.add(Mirrors.listed(e, key.id()));
        }
        return out;
    }

    private static Failure failure(party.wtp.envelope.Failure refused) {
        switch (refused) {
            case BAD_SIGNATURE:
                return Failure.BAD_SIGNATURE;
            case BAD_PROOF:
                return Failure.BAD_PROOF;
            case WRONG_RESOURCE:
                return Failure.WRONG_FILE;
            case OVERSIZE:
                return Failure.OVERSIZE;
            default:
                return Failure.MALFORMED;
        }
    }

    private void finish(WalkResult result) {
        files.walked(result);
        if (!result.isFound()) {
            then.refused(Words.noGoodCopy(result), Words.perMirror(result));
            return;
        }
        OpenedResource copy = copies.get(result.copy());
        files.delivered(copy.envelope().generation());
        then.opened(copy, result.isStale(), result.mirror());
    }
}
