package party.wtp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import party.wtp.anchor.ResourceId;
import party.wtp.crypto.PartyKey;
import party.wtp.crypto.SeededRandomness;
import party.wtp.manifest.Holdings;
import party.wtp.manifest.Manifest;
import party.wtp.manifest.MirrorEntry;
import party.wtp.manifest.MirrorUrl;
import party.wtp.naming.MirrorSalt;
import party.wtp.walk.Action;
import party.wtp.walk.Failure;
import party.wtp.walk.Holds;
import party.wtp.walk.ListedMirror;
import party.wtp.walk.MirrorWalk;
import party.wtp.walk.WalkPolicy;
import party.wtp.walk.WalkResult;

/** What a visit learns of mirrors: holdings from the lists, dead mirrors set aside, the mirror to ask first. */
class MirrorsTest {
    private static final long T0 = 1_000L;
    private final SeededRandomness random = new SeededRandomness("mirrors test");
    private final ResourceId held = ResourceId.of(random.bytes(16));
    private final ResourceId elsewhere = ResourceId.of(random.bytes(16));

    private MirrorEntry entry(String host, Holdings holdings) {
        return new MirrorEntry(MirrorUrl.parse("http://" + host + ".test/"), MirrorSalt.generate(random), holdings);
    }

    private Mirrors visitOnA() {
        MirrorEntry a = entry("a", Holdings.all());
        List<MirrorEntry> others = new ArrayList<>();
        others.add(entry("b", Holdings.all()));
        others.add(entry("c", Holdings.of(List.of(held), 1)));
        Manifest own = new Manifest(PartyKey.generate(random).publicKey(), 1, 0, held, 1 << 20, a, others, "", "");
        return new Mirrors(own);
    }

    /** A walk from what the visit knows: {@code dead} is refused, {@code finder} delivers, others lack the file. */
    private static WalkResult walk(Mirrors mirrors, ResourceId id, String finder, String dead) {
        MirrorWalk.Builder b = MirrorWalk.builder(WalkPolicy.defaults().withHedgeDelayMillis(0).withMaxListFetches(0))
                .firstHop(mirrors.others(id));
        if (mirrors.first(id) != null) {
            b.current(mirrors.first(id));
        }
        MirrorWalk w = b.start(T0);
        for (long t = T0; !w.isDone(); t++) {
            for (Action a : w.next(t)) {
                if (a.isCancel()) {
                    continue;
                }
                String m = a.fetch().mirror();
                if (m.contains("//" + dead + ".")) {
                    w.failed(a.fetch(), Failure.REFUSED, t);
                } else if (m.contains("//" + finder + ".")) {
                    w.found(a.fetch(), 1, t);
                } else {
                    w.failed(a.fetch(), Failure.NOT_FOUND, t);
                }
            }
        }
        return w.result();
    }

    @Test
    void asksItsOwnMirrorFirstAndTheOthersByWhatTheyHold() {
        Mirrors mirrors = visitOnA();
        assertEquals(new ListedMirror("http://a.test/", Holds.YES), mirrors.first(held));
        assertEquals(List.of(new ListedMirror("http://b.test/", Holds.YES), new ListedMirror("http://c.test/", Holds.YES)),
                mirrors.others(held));
        assertEquals(List.of(new ListedMirror("http://b.test/", Holds.YES), new ListedMirror("http://c.test/", Holds.NO)),
                mirrors.others(elsewhere), "c's filter says it lacks this one");
        assertEquals("http://a.test/", mirrors.here());
        assertTrue(mirrors.listOf("http://a.test/").size() == 3, "its own list is known from the start");
    }

    @Test
    void aDeadMirrorIsNotAskedFirstAgainAndTheOneThatDeliveredIs() {
        Mirrors mirrors = visitOnA();
        List<WalkResult> heard = new ArrayList<>();
        mirrors.listen(heard::add);
        WalkResult r = walk(mirrors, held, "b", "a");
        mirrors.walked(r);
        assertEquals(1, heard.size(), "listeners hear of every walk");
        assertTrue(mirrors.hereIsDead());
        assertEquals(new ListedMirror("http://b.test/", Holds.YES), mirrors.first(held));
        List<ListedMirror> others = mirrors.others(held);
        assertFalse(others.contains(new ListedMirror("http://a.test/", Holds.YES)), "the dead one is left out: " + others);
        assertEquals(List.of(new ListedMirror("http://c.test/", Holds.YES)), others);
    }

    @Test
    void whenEveryOtherMirrorIsDeadTheyAreAllTriedAgain() {
        Mirrors mirrors = visitOnA();
        mirrors.walked(walk(mirrors, held, "nobody", "b"));
        mirrors.walked(walk(mirrors, held, "nobody", "c"));
        assertEquals(2, mirrors.others(held).size(), "none is left out when all are dead: " + mirrors.others(held));
        assertEquals(new ListedMirror("http://a.test/", Holds.YES), mirrors.first(held), "its own mirror still answers");
        mirrors.walked(walk(mirrors, held, "nobody", "a"));
        assertNull(mirrors.first(held), "no mirror is fit to be asked first");
    }
}
