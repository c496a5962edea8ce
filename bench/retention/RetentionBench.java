import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The retention purges' throughput and their effect on users: four clients list the 5,000-artifact user's artifacts
 * (GET /api/v1/artifacts?size=20) for 45 s with no purge, then again while an admin's POST
 * /api/v1/admin/retention/purge works through the due rows; prints the p50/p95 of both and what each purge removed,
 * in how many transactions, and at how many rows per second (the whole run's wall time over the rows removed).
 *
 * java RetentionBench.java http://localhost:9080 admin@bench.cvtailor.dev passphrase bench10001@bench.cvtailor.dev [asOf]
 */
public class RetentionBench {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final int CLIENTS = 4;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = token(base, args[1], args[2]);
        String user = token(base, args[3], args[2]);
        long quietEnd = System.nanoTime() + Duration.ofSeconds(45).toNanos();
        List<Long> quiet = load(base, user, () -> System.nanoTime() < quietEnd);
        AtomicBoolean purging = new AtomicBoolean(true);
        CompletableFuture<List<Long>> during = CompletableFuture.supplyAsync(() -> load(base, user, purging::get));
        long started = System.nanoTime();
        String asOf = args.length > 4 ? "?asOf=" + args[4] : "";
        HttpResponse<String> purge = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/retention/purge" + asOf))
                .header("Authorization", "Bearer " + admin).timeout(Duration.ofHours(1))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - started) / 1e9;
        purging.set(false);
        List<Long> busy = during.get();
        System.out.printf(Locale.ROOT, "| listing (GET /artifacts?size=20, %d clients) | requests | p50 ms | p95 ms |%n", CLIENTS);
        System.out.println("|---|---|---|---|");
        row("no purge running", quiet);
        row("while the purges run", busy);
        System.out.println();
        System.out.println("Purge run: HTTP " + purge.statusCode() + String.format(Locale.ROOT, " in %.1f s", seconds));
        Matcher m = Pattern.compile("\\{\"batches\":(\\d+),\"examined\":(\\d+),\"removed\":(\\d+),\"what\":\"([^\"]+)\"}")
                .matcher(purge.body());
        long removed = 0;
        System.out.println("| purge | examined | removed | transactions |");
        System.out.println("|---|---|---|---|");
        while (m.find()) {
            System.out.printf("| %s | %s | %s | %s |%n", m.group(4), m.group(2), m.group(3), m.group(1));
            removed += Long.parseLong(m.group(3));
        }
        System.out.printf(Locale.ROOT, "All purges: %d rows removed in %.1f s: %.0f rows/s%n", removed, seconds,
                removed / seconds);
        if (removed == 0) {
            System.out.println("(body: " + purge.body() + ")");
        }
    }

    static void row(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n", what, sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1) / 1e6);
    }

    /** The latencies of the clients' listings, each client listing again and again while {@code going} says so. */
    static List<Long> load(String base, String token, BooleanSupplier going) {
        List<Long> all = Collections.synchronizedList(new ArrayList<>());
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Thread client = new Thread(() -> {
                HttpRequest list = HttpRequest.newBuilder(URI.create(base + "/api/v1/artifacts?size=20"))
                        .header("Authorization", "Bearer " + token).build();
                while (going.getAsBoolean()) {
                    long t = System.nanoTime();
                    try {
                        HttpResponse<Void> r = HTTP.send(list, HttpResponse.BodyHandlers.discarding());
                        if (r.statusCode() == 200) {
                            all.add(System.nanoTime() - t);
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            client.start();
            clients.add(client);
        }
        for (Thread client : clients) {
            try {
                client.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return all;
    }

    static String token(String base, String email, String password) throws Exception {
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(login.body());
        if (!m.find()) {
            throw new IllegalStateException("no token for " + email + ": " + login.body());
        }
        return m.group(1);
    }
}
