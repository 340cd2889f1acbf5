package party.wtp.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/** Runs one picocli command in-process, as the wtp main will, and keeps its exit code, stdout and stderr. */
public final class CommandRun {
    public final int exit;
    public final String out;
    public final String err;

    private CommandRun(int exit, String out, String err) {
        this.exit = exit;
        this.out = out;
        this.err = err;
    }

    public static CommandRun of(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CommandRun(exit, out.toString(), err.toString());
    }

    public static CommandRun of(Object command, List<String> args) {
        return of(command, args.toArray(new String[0]));
    }

    /** Non-empty stdout lines. */
    public List<String> outLines() {
        List<String> lines = new ArrayList<>();
        for (String l : out.split("\n")) {
            if (!l.isBlank()) {
                lines.add(l);
            }
        }
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
