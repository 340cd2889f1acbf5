package party.wtp.build;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A build log, silent otherwise, that does one thing to the files when a named stage starts: how tests change a site mid-build. */
final class StageHook {
    /** What is done to the files, once. */
    interface Change {
        void run() throws IOException;
    }

    private StageHook() {
    }

    /** A log that runs {@code change} as the stage {@code name} ("preparing", "sealing") begins. */
    static BuildLog at(String name, Change change) {
        return new BuildLog() {
            @Override
            public void stage(String stage, long totalBytes) {
                if (stage.equals(name)) {
                    try {
                        change.run();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        };
    }
}
