package party.wtp.browser.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the figures were measured on: processors, CPU model and memory from /proc, and the browser's version. */
record Machine(int processors, String cpu, String memory, String browser) {
    static Machine describe(String browser) {
        return new Machine(Runtime.getRuntime().availableProcessors(),
                procField("/proc/cpuinfo", "model name"), procField("/proc/meminfo", "MemTotal"), browser);
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nproc", processors);
        m.put("cpu", cpu);
        m.put("memory", memory);
        m.put("browser", browser);
        return m;
    }

    private static String procField(String file, String field) {
        try {
            List<String> lines = Files.readAllLines(Path.of(file));
            for (String line : lines) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equals(field)) {
                    return line.substring(colon + 1).trim();
                }
            }
        } catch (IOException e) {
            return "unknown (" + file + ": " + e.getMessage() + ")";
        }
        return "unknown";
    }
}
