package party.wtp.walk;

/**
 * One entry of a verified signed mirror list, as the walk needs it: the mirror's base URL and whether it holds the target.
 * Base URLs are compared as exact strings, so the caller passes them in one canonical form.
 */
public final class ListedMirror {
    private final String base;
    private final Holds holds;

    public ListedMirror(String base, Holds holds) {
        if (base == null || base.isEmpty()) {
            throw new IllegalArgumentException("mirror base URL is empty");
        }
        if (holds == null) {
            throw new IllegalArgumentException("holds is null for mirror " + base);
        }
        this.base = base;
        this.holds = holds;
    }

    /** The mirror's base URL. */
    public String base() {
        return base;
    }

    /** What the list says about this mirror holding the target. */
    public Holds holds() {
        return holds;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ListedMirror)) {
            return false;
        }
        ListedMirror other = (ListedMirror) o;
        return base.equals(other.base) && holds == other.holds;
    }

    @Override
    public int hashCode() {
        return base.hashCode() * 31 + holds.hashCode();
    }

    @Override
    public String toString() {
        return base + " holds=" + holds;
    }
}
