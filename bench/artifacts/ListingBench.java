import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GET /api/v1/artifacts (first page, a label filter, a q search) for a user with 100 and one with 5,000
 * artifacts, at 1 and 50 concurrent clients, next to the listing's own SQL run straight on PostgreSQL.
 * Prints a Markdown table: p50/p95/p99 in milliseconds and requests per second.
 *
 * java -cp postgresql.jar ListingBench.java http://localhost:9080 jdbc:postgresql://127.0.0.1:5432/cvtailor_bench postgres passphrase
 */
public class ListingBench {

    static final String COLUMNS = "id, body_text, collaborators, created_at, declared_skills, description, embedding,"
            + " ended_on, kind, organisation, role, source_file_name, source_media_type, started_on, stack, status,"
            + " summary, title, updated_at, user_id, version, failure_reason";
    static final String Q = "kafka latency";

    record Scenario(String name, String query, String sqlCondition, Object sqlParameter) {
    }

    record Result(double p50, double p95, double p99, double perSecond) {
    }

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbcUrl = args[1];
        String dbUser = args[2];
        String password = args[3];
        System.out.println("| user | case | clients | API p50 | API p95 | API p99 | API req/s | SQL p50 | SQL p95 | SQL p99 | SQL q/s | API/SQL p50 |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        String warmUp = login(base, "bench2@bench.cvtailor.dev", password);
        measure(8, 2000, () -> {
            get(base, "/api/v1/artifacts?q=" + URLEncoder.encode(Q, StandardCharsets.UTF_8), warmUp);
            get(base, "/api/v1/artifacts", warmUp);
            return null;
        });
        for (String who : List.of("bench1", "bench10001")) {
            String token = login(base, who + "@bench.cvtailor.dev", password);
            long userId = Long.parseLong(field(get(base, "/api/v1/me", token), "id"));
            long labelId = Long.parseLong(field(get(base, "/api/v1/labels", token), "id"));
            String artifacts = who.equals("bench1") ? "100" : "5,000";
            List<Scenario> scenarios = List.of(
                    new Scenario("first page", "", null, null),
                    new Scenario("label", "label=" + labelId,
                            "and id in (select artifact_id from artifact_labels where label_id = ?)", labelId),
                    new Scenario("q=" + Q, "q=" + URLEncoder.encode(Q, StandardCharsets.UTF_8),
                            "and search_vector @@ websearch_to_tsquery('english', ?)", Q));
            for (Scenario scenario : scenarios) {
                for (int clients : new int[] {1, 50}) {
                    int requests = clients == 1 ? 200 : 2000;
                    Result api = measure(clients, requests, () -> {
                        String body = get(base, "/api/v1/artifacts?" + scenario.query(), token);
                        if (!body.contains("\"total\"")) {
                            throw new IllegalStateException(body);
                        }
                        return null;
                    });
                    Result sql = measureSql(jdbcUrl, dbUser, clients, requests, userId, scenario);
                    System.out.printf("| %s | %s | %d | %.1f | %.1f | %.1f | %.0f | %.2f | %.2f | %.2f | %.0f | %.1f |%n",
                            artifacts, scenario.name(), clients, api.p50(), api.p95(), api.p99(), api.perSecond(),
                            sql.p50(), sql.p95(), sql.p99(), sql.perSecond(), api.p50() / sql.p50());
                }
            }
        }
    }

    /** Runs {@code requests} calls over {@code clients} threads after a warm-up; latencies in ms. */
    static Result measure(int clients, int requests, Callable<Void> call) throws Exception {
        for (int i = 0; i < 200; i++) {
            call.call();
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        double[] latencies = new double[requests];
        List<Future<?>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                long t = System.nanoTime();
                call.call();
                latencies[index] = (System.nanoTime() - t) / 1e6;
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        return new Result(latencies[requests / 2], latencies[(int) (requests * 0.95)], latencies[(int) (requests * 0.99)],
                requests / seconds);
    }

    /** The listing's two statements (the page and the count), each client on its own connection. */
    static Result measureSql(String jdbcUrl, String dbUser, int clients, int requests, long userId, Scenario scenario)
            throws Exception {
        String where = " where user_id = ? " + (scenario.sqlCondition() == null ? "" : scenario.sqlCondition());
        String page = "select " + COLUMNS + " from artifacts" + where + " order by created_at desc, id desc limit 20 offset 0";
        String count = "select count(id) from artifacts" + where;
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            connections.add(DriverManager.getConnection(jdbcUrl, dbUser, ""));
        }
        ThreadLocal<Connection> mine = new ThreadLocal<>();
        java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        try {
            return measure(clients, requests, () -> {
                if (mine.get() == null) {
                    mine.set(connections.get(next.getAndIncrement() % clients));
                }
                for (String sql : List.of(page, count)) {
                    try (PreparedStatement statement = mine.get().prepareStatement(sql)) {
                        statement.setLong(1, userId);
                        if (scenario.sqlParameter() != null) {
                            statement.setObject(2, scenario.sqlParameter());
                        }
                        try (ResultSet rows = statement.executeQuery()) {
                            while (rows.next()) {
                                rows.getObject(1);
                            }
                        }
                    }
                }
                return null;
            });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    static String login(String base, String email, String password) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login " + email + ": " + response.body());
        }
        return field(response.body(), "token");
    }

    static String get(String base, String path, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The first value of a field in a JSON text (numbers and strings), enough for this script. */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
