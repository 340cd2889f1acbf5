package party.wtp.build;

/**
 * Assembles a {@link Build} from the parts this program has: the link rewriter and the meta data scrubber.
 * The one place that knows which implementations exist.
 */
public final class Parts {
    private Parts() {
    }

    public static Build build(BuildLog log) {
        return new Build(SiteRewriter::forSite, new MetadataScrubber(), log);
    }
}
