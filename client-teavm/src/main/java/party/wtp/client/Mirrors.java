package party.wtp.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import party.wtp.anchor.ResourceId;
import party.wtp.manifest.Manifest;
import party.wtp.manifest.MirrorEntry;
import party.wtp.walk.Holds;
import party.wtp.walk.ListedMirror;
import party.wtp.walk.WalkResult;

/**
 * What one visit knows of the party's mirrors: the entry of each mirror met in a verified signed list (its salt names
 * its files), the lists already read, which mirrors stopped answering and which delivered last. Every walk of the visit
 * starts from here, so a mirror found dead once is not waited for again by every file of every page.
 */
final class Mirrors {
    /** Learns how each walk of the visit went: per-mirror outcomes are in {@link WalkResult#attempts()}. */
    interface Listener {
        void walked(WalkResult result);
    }

    private final String here;
    private final Map<String, MirrorEntry> entries = new LinkedHashMap<>();
    private final Map<String, List<MirrorEntry>> lists = new HashMap<>();
    private final Set<String> dead = new HashSet<>();
    private final List<Listener> listeners = new ArrayList<>();
    private String preferred;

    /** Starts from the manifest of the mirror the reader is on. */
    Mirrors(Manifest own) {
        here = own.self().url().toString();
        preferred = here;
        learn(own);
    }

    void listen(Listener listener) {
        listeners.add(listener);
    }

    /** The base URL of the mirror the entry page came from. */
    String here() {
        return here;
    }

    MirrorEntry entry(String base) {
        return entries.get(base);
    }

    /** The verified list a mirror served earlier in this visit, or null. */
    List<MirrorEntry> listOf(String base) {
        return lists.get(base);
    }

    /** Remembers a verified manifest's mirrors (its own entry first); returns them. */
    List<MirrorEntry> learn(Manifest manifest) {
        List<MirrorEntry> all = new ArrayList<>();
        all.add(manifest.self());
        all.addAll(manifest.mirrors());
        for (MirrorEntry e : all) {
            if (!entries.containsKey(e.url().toString())) {
                entries.put(e.url().toString(), e);
            }
        }
        lists.put(manifest.self().url().toString(), all);
        return all;
    }

    /** The mirror to ask first: the one that delivered last, unless it stopped answering; null when none is fit. */
    ListedMirror first(ResourceId id) {
        if (preferred == null || dead.contains(preferred)) {
            return null;
        }
        return listed(entries.get(preferred), id);
    }

    /** The other mirrors known, those not found dead in this visit (all of them when every one was). */
    List<ListedMirror> others(ResourceId id) {
        List<ListedMirror> out = new ArrayList<>();
        List<ListedMirror> deadOnes = new ArrayList<>();
        for (MirrorEntry e : entries.values()) {
            String base = e.url().toString();
            if (!base.equals(preferred) || dead.contains(base)) {
                (dead.contains(base) ? deadOnes : out).add(listed(e, id));
            }
        }
        return out.isEmpty() ? deadOnes : out;
    }

    static ListedMirror listed(MirrorEntry e, ResourceId id) {
        return new ListedMirror(e.url().toString(), e.mayHold(id) ? Holds.YES : Holds.NO);
    }

    /**
     * Takes in a finished walk: unreachable mirrors are set aside, and when the mirror asked first is one of them, the
     * mirror that delivered becomes the first to ask.
     */
    void walked(WalkResult result) {
        for (party.wtp.walk.Fetch f : result.attempts()) {
            if (f.failure() != null && f.failure().meansUnreachable()) {
                dead.add(f.mirror());
            } else if (f.state() == party.wtp.walk.Fetch.State.FOUND || f.state() == party.wtp.walk.Fetch.State.LISTED) {
                dead.remove(f.mirror());
            }
        }
        if (result.isCurrent() && (preferred == null || dead.contains(preferred))) {
            preferred = result.mirror();
        }
        for (Listener l : listeners) {
            l.walked(result);
        }
    }

    /** True when the reader's own mirror stopped answering in this visit. */
    boolean hereIsDead() {
        return dead.contains(here);
    }
}
