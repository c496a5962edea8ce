import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * POST /api/v1/generate/cv → READY, end to end (HTTP, queue, generation, verification, polling every 100 ms, as a busy client would), for
 * 1 client (10 CVs in a row) and 20 clients at once (3 CVs each). Every request carries a unique line in its
 * posting, so no two are identical and none reuses an earlier LLM answer. Prints p50/p95/max in ms, and, given the
 * stand-in model's fixed delay, the time spent outside the model call.
 *
 * java bench/generation/GenerationBench.java http://localhost:9080 template|llm [model delay ms]
 */
public class GenerationBench {

    static final String PASSWORD = "bench passphrase that is long";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();
    static final String POSTING = "Backend Engineer at Globex\\n\\nRequirements:\\n- Java and PostgreSQL in production\\n"
            + "- Apache Kafka\\n- Kubernetes\\n\\nNice to have: Terraform";
    static final List<String> ARTIFACTS = List.of("""
            {"kind":"POSITION","title":"Payments platform","role":"Senior Backend Engineer","organisation":"Acme Bank",
             "startedOn":"2019-03-01","description":"Built the settlement service in Java on PostgreSQL, cutting batch time by 40%. Mentored 3 engineers. Designed the REST APIs of the ledger.",
             "skills":["Java","PostgreSQL"]}""", """
            {"kind":"PROJECT","title":"Fraud scoring","organisation":"Acme Bank","startedOn":"2021-05-01",
             "description":"Streamed card events through Apache Kafka to score 2,000 payments per second.","skills":["Apache Kafka"]}""", """
            {"kind":"POSITION","title":"Billing","role":"Software Engineer","organisation":"Initech","startedOn":"2015-01-01",
             "endedOn":"2019-02-28","description":"Maintained the billing system in Python and automated releases with Jenkins.",
             "skills":["Python","Jenkins"]}""");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String label = args[1];
        long modelDelay = args.length > 2 ? Long.parseLong(args[2]) : 0;
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tokens.add(user(base, "genbench-" + label + "-" + i + "-" + System.currentTimeMillis()));
        }
        for (int i = 0; i < 3; i++) {
            generate(base, tokens.get(0));
        }
        System.out.println("| path | clients | CVs | p50 ms | p95 ms | max ms | outside the model p50 | outside p95 |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        List<Long> one = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            one.add(generate(base, tokens.get(1)));
        }
        print(label, 1, one, modelDelay);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (String token : tokens) {
            futures.add(pool.submit(() -> {
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    times.add(generate(base, token));
                }
                return times;
            }));
        }
        List<Long> twenty = new ArrayList<>();
        for (Future<List<Long>> future : futures) {
            twenty.addAll(future.get());
        }
        pool.shutdown();
        print(label, 20, twenty, modelDelay);
    }

    static void print(String label, int clients, List<Long> times, long modelDelay) {
        Collections.sort(times);
        long p50 = times.get(times.size() / 2);
        long p95 = times.get((int) Math.ceil(times.size() * 0.95) - 1);
        String outside = modelDelay == 0 ? "| – | – |" : "| " + (p50 - modelDelay) + " | " + (p95 - modelDelay) + " |";
        System.out.println("| " + label + " | " + clients + " | " + times.size() + " | " + p50 + " | " + p95 + " | "
                + times.get(times.size() - 1) + " " + outside);
    }

    static String user(String base, String name) throws Exception {
        String email = name + "@bench.cvtailor.dev";
        send(base, "POST", "/api/v1/auth/register", null, "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
        String token = field(send(base, "POST", "/api/v1/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"), "token");
        for (String artifact : ARTIFACTS) {
            String id = field(send(base, "POST", "/api/v1/artifacts", token, artifact), "id");
            while (!field(send(base, "GET", "/api/v1/artifacts/" + id, token, null), "status").equals("READY")) {
                Thread.sleep(100);
            }
        }
        return token;
    }

    /** One CV, from the request to READY; returns the milliseconds it took. */
    static long generate(String base, String token) throws Exception {
        long start = System.nanoTime();
        String posting = POSTING + "\\nReference: " + UUID.randomUUID();
        String id = field(send(base, "POST", "/api/v1/generate/cv", token, "{\"jobDescription\":\"" + posting
                + "\",\"candidate\":{\"name\":\"Ada Lovelace\"}}"), "id");
        while (true) {
            String status = field(send(base, "GET", "/api/v1/documents/" + id, token, null), "status");
            if (status.equals("READY")) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            if (status.equals("FAILED")) {
                throw new IllegalStateException("document " + id + " failed");
            }
            Thread.sleep(100);
        }
    }

    static String send(String base, String method, String path, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
