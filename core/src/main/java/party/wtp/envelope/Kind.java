package party.wtp.envelope;

/** What an envelope carries: a resource of the site (outer layer under its resource key) or a mirror's manifest (no outer layer). */
public enum Kind {
    RESOURCE(1),
    MANIFEST(2);

    final int code;

    Kind(int code) {
        this.code = code;
    }

    static Kind ofCode(int code) {
        if (code == 1) {
            return RESOURCE;
        }
        if (code == 2) {
            return MANIFEST;
        }
        return null;
    }
}
