package party.wtp.scrub;

import java.io.IOException;

/** Plans the metadata-free copy of one container format by walking its segments, chunks or blocks. */
interface StructureFilter {

    /** Walks the whole file from position 0 and returns what to keep; throws if the structure is broken. */
    Rewrite plan(Cursor in) throws IOException;
}
