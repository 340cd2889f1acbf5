package party.wtp.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;

/**
 * The baseline for `wtp check` at scale: a plain concurrent download of every file of every mirror folder of a built
 * party, through the mirrors' URLs, with the spider's client settings (HTTP/1.1, 2 s connect timeout, no redirects,
 * at most PER_HOST requests at once per host and PARALLEL overall, on a pool of PARALLEL threads). Checks each answer
 * is 200 with the file's length, verifies nothing else. Not a test: a main for docs/BENCHMARKS.md, driven by
 * scripts/bench-check.sh. Prints one line: {@code files bytes seconds failures}.
 * Usage: {@code CheckScale PARTY_DIR [PER_HOST [PARALLEL [interleaved|by-mirror]]]}; mirror folders are named
 * HOST_PORT, as `wtp serve` reads them. {@code interleaved} (default) queues the URLs round-robin over mirrors;
 * {@code by-mirror} queues them mirror after mirror, the order in which the spider queues its copy checks.
 */
public final class CheckScale {
    private record Target(URI uri, long size) {
    }

    private CheckScale() {
    }

    public static void main(String[] args) throws Exception {
        Path party = Path.of(args[0]);
        int perHost = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int parallel = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        boolean byMirror = args.length > 3 && args[3].equals("by-mirror");
        List<List<Target>> perMirror = targets(party);
        List<Target> targets = byMirror ? perMirror.stream().flatMap(List::stream).toList() : interleave(perMirror);
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        Semaphore overall = new Semaphore(parallel);
        Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        long bytes = 0;
        int failures = 0;
        long start = System.nanoTime();
        List<Future<Long>> futures = new ArrayList<>(targets.size());
        for (Target t : targets) {
            futures.add(pool.submit(() -> {
                Semaphore host = hosts.computeIfAbsent(t.uri.getHost() + ":" + t.uri.getPort(), h -> new Semaphore(perHost));
                host.acquire();
                try {
                    overall.acquire();
                    try {
                        HttpResponse<byte[]> r = client.send(
                                HttpRequest.newBuilder(t.uri).timeout(Duration.ofSeconds(10)).GET().build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        return r.statusCode() == 200 && r.body().length == t.size ? (long) r.body().length : -1L;
                    } finally {
                        overall.release();
                    }
                } finally {
                    host.release();
                }
            }));
        }
        for (Future<Long> f : futures) {
            long n;
            try {
                n = f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                n = -1;
            }
            if (n < 0) {
                failures++;
            } else {
                bytes += n;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdownNow();
        System.out.printf("%d %d %.3f %d%n", targets.size(), bytes, seconds, failures);
    }

    /** Every regular file under each HOST_PORT folder of {@code party}, as its URL on that mirror. */
    private static List<List<Target>> targets(Path party) throws IOException {
        List<List<Target>> perMirror = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(party)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String name = dir.getFileName().toString();
                int cut = name.lastIndexOf('_');
                String base = "http://" + name.substring(0, cut) + ":" + name.substring(cut + 1) + "/";
                List<Target> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(dir)) {
                    for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                        String rel = dir.relativize(f).toString().replace('\\', '/');
                        files.add(new Target(URI.create(base + rel), Files.size(f)));
                    }
                }
                perMirror.add(files);
            }
        }
        return perMirror;
    }

    /** Round-robin over mirrors, so the pool's threads are not all parked on one host's permits. */
    private static List<Target> interleave(List<List<Target>> perMirror) {
        List<Target> out = new ArrayList<>();
        for (int i = 0; ; i++) {
            boolean any = false;
            for (List<Target> m : perMirror) {
                if (i < m.size()) {
                    out.add(m.get(i));
                    any = true;
                }
            }
            if (!any) {
                return out;
            }
        }
    }
}
