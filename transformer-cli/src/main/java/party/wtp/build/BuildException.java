package party.wtp.build;

/**
 * A build refused because of its input: a one-line message naming the file or option and the problem.
 * Nothing has been written when it is thrown (or what was written has been removed).
 */
public final class BuildException extends Exception {
    public BuildException(String message) {
        super(message);
    }
}
