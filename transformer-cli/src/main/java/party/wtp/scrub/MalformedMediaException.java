package party.wtp.scrub;

import java.io.IOException;

/** A file claims a format by its magic bytes but its structure does not follow that format. */
public final class MalformedMediaException extends IOException {
    private static final long serialVersionUID = 1L;

    /** @param problem what is wrong and where, e.g. "segment length runs past end of file at byte 1234" */
    public MalformedMediaException(String problem) {
        super(problem);
    }
}
