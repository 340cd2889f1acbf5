package party.wtp.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What a verification found: one line per problem, and how much it looked at. */
public final class Findings {
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int filesChecked;
    private int mirrors;

    void problem(String line) {
        problems.add(line);
    }

    void note(String line) {
        notes.add(line);
    }

    void checkedFile() {
        filesChecked++;
    }

    void mirrors(int n) {
        mirrors = n;
    }

    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** Remarks that are not problems (e.g. that the content could not be checked without the secret key). */
    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public int filesChecked() {
        return filesChecked;
    }

    public int mirrorCount() {
        return mirrors;
    }
}
