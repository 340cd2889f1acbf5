package party.wtp.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import party.wtp.cli.Wtp;

/** Runs {@code wtp COMMAND ARGS} in-process through the real main's command tree, keeping exit code, stdout and stderr. */
public final class CommandRun {
    public final int exit;
    public final String out;
    public final String err;

    private CommandRun(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    public static CommandRun wtp(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Wtp.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandRun(exit, out.toString(), err.toString());
    }

    /** {@code wtp command args...}. */
    public static CommandRun wtp(String command, List<String> args) {
        List<String> all = new ArrayList<>();
        all.add(command);
        all.addAll(args);
        return wtp(all.toArray(new String[0]));
    }

    /** Non-empty stdout lines. */
    public List<String> outLines() {
        List<String> lines = new ArrayList<>(Arrays.asList(out.split("\n")));
        lines.removeIf(String::isBlank);
        return lines;
    }

    /** Non-empty stderr lines. */
    public List<String> errLines() {
        List<String> lines = new ArrayList<>(Arrays.asList(err.split("\n")));
        lines.removeIf(String::isBlank);
        return lines;
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
