import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * POST /api/v1/match end to end: for users with 0, 100, 1,000 and 10,000 ready artifacts (written straight into
 * PostgreSQL with their skills and a 384-dimension embedding, as processing would leave them), the time of a match
 * against a stored posting, over HTTP, one client, after 500 warm-up matches for the user with 100 and 5 for each
 * user. The user with none shows the fixed part: checking the token, reading the posting, writing the report.
 *
 * java -cp postgresql.jar MatchBench.java http://localhost:9080 jdbc:postgresql://127.0.0.1:5432/cvtailor_matchbench postgres
 */
public class MatchBench {

    static final String PASSWORD = "bench passphrase that is long";
    static final int WARM_UP = 500;
    static final int RUNS = 40;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();

    static final String POSTING = """
            Senior Backend Engineer

            About us: we build the payments platform behind thousands of online shops.

            Requirements:
            - 5+ years of Java and Spring Boot in production
            - Kafka and event-driven architecture
            - PostgreSQL, Redis
            - Docker and Kubernetes on AWS
            - REST API design, microservices
            - CI/CD with GitHub Actions or Jenkins

            Nice to have:
            - Terraform, Prometheus, Grafana
            - Go or Rust
            - Machine learning for fraud detection
            """;

    static final List<String> SKILLS = List.of("Java", "Spring Boot", "Apache Kafka", "PostgreSQL", "Redis", "Docker",
            "Kubernetes", "Amazon Web Services", "REST APIs", "Microservices", "Jenkins", "Terraform", "Prometheus",
            "Grafana", "Go", "Rust", "Python", "React", "TypeScript", "Scala", "Apache Spark", "Machine learning");
    static final String[] NOUNS = {"payments platform", "fraud scoring", "data lake", "search service",
            "billing system", "recommendation engine", "booking app", "analytics dashboard", "identity service"};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        try (Connection db = DriverManager.getConnection(args[1], args[2], args.length > 3 ? args[3] : "")) {
            List<Long> skillIds = skillIds(db);
            int[] sizes = {0, 100, 1_000, 10_000};
            String[] tokens = new String[sizes.length];
            String[] bodies = new String[sizes.length];
            for (int s = 0; s < sizes.length; s++) {
                String email = "match" + sizes[s] + "-" + System.currentTimeMillis() + "@bench.cvtailor.dev";
                long userId = Long.parseLong(field(post(base, "/api/v1/auth/register", null,
                        "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}", 201), "id"));
                insertArtifacts(db, userId, sizes[s], skillIds);
                tokens[s] = field(post(base, "/api/v1/auth/login", null,
                        "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}", 200), "token");
                String jd = field(post(base, "/api/v1/job-descriptions", tokens[s],
                        "{\"text\":" + quoted(POSTING) + "}", 201), "id");
                bodies[s] = "{\"jobDescriptionId\":" + jd + "}";
            }
            for (int i = 0; i < WARM_UP; i++) {
                post(base, "/api/v1/match", tokens[1], bodies[1], 200);
            }
            System.out.println("| artifacts | p50 ms | p95 ms | max ms | score | artifacts ranked |");
            System.out.println("|---|---|---|---|---|---|");
            for (int s = 0; s < sizes.length; s++) {
                String report = null;
                for (int i = 0; i < 5; i++) {
                    report = post(base, "/api/v1/match", tokens[s], bodies[s], 200);
                }
                double[] ms = new double[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    report = post(base, "/api/v1/match", tokens[s], bodies[s], 200);
                    ms[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(ms);
                int ranked = report.split("\"matchedKeywords\"", -1).length - 1;
                System.out.printf("| %,d | %.1f | %.1f | %.1f | %s | %d |%n", sizes[s], ms[RUNS / 2],
                        ms[(int) Math.ceil(RUNS * 0.95) - 1], ms[RUNS - 1], field(report, "score"), ranked);
            }
        }
    }

    static List<Long> skillIds(Connection db) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = db.prepareStatement("select id from skills where name = ?")) {
            for (String name : SKILLS) {
                select.setString(1, name);
                try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                        ids.add(rows.getLong(1));
                    } else {
                        System.err.println("not in the taxonomy: " + name);
                    }
                }
            }
        }
        return ids;
    }

    /** Ready artifacts as processing leaves them: text, search text, six skills, an embedding. */
    static void insertArtifacts(Connection db, long userId, int count, List<Long> skillIds) throws Exception {
        Random random = new Random(userId);
        db.setAutoCommit(false);
        try (PreparedStatement artifact = db.prepareStatement("""
                insert into artifacts (user_id, kind, title, summary, description, organisation, role, started_on,
                  ended_on, stack, status, created_at, updated_at, version, search_text, embedding)
                values (?, 'PROJECT', ?, ?, ?, 'Acme', 'Engineer', ?, ?, '[]', 'READY', now(), now(), 0, ?, ?)""",
                Statement.RETURN_GENERATED_KEYS);
                PreparedStatement skill = db.prepareStatement(
                        "insert into artifact_skills (artifact_id, skill_id, source) values (?, ?, 'DECLARED')")) {
            for (int n = 0; n < count; n++) {
                List<Long> own = new ArrayList<>(skillIds);
                java.util.Collections.shuffle(own, random);
                own = own.subList(0, 6);
                String title = NOUNS[n % NOUNS.length] + " " + n;
                String summary = "Delivered the " + title + " for the payments team.";
                StringBuilder description = new StringBuilder("Designed, built and ran the ").append(title)
                        .append(", cut latency by ").append(10 + n % 80).append(" percent and mentored engineers.");
                for (int i = 0; i < 10; i++) {
                    description.append(" Worked on ").append(NOUNS[random.nextInt(NOUNS.length)])
                            .append(" features with the product team and kept the service on call.");
                }
                LocalDate started = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(4500));
                artifact.setLong(1, userId);
                artifact.setString(2, title);
                artifact.setString(3, summary);
                artifact.setString(4, description.toString());
                artifact.setDate(5, Date.valueOf(started));
                artifact.setDate(6, Date.valueOf(started.plusDays(30 + random.nextInt(700))));
                artifact.setString(7, (title + "\n" + summary + "\n" + description).toLowerCase());
                artifact.setBytes(8, embedding(random));
                artifact.executeUpdate();
                try (ResultSet key = artifact.getGeneratedKeys()) {
                    key.next();
                    long id = key.getLong(1);
                    for (long skillId : own) {
                        skill.setLong(1, id);
                        skill.setLong(2, skillId);
                        skill.addBatch();
                    }
                }
                if (n % 500 == 499) {
                    skill.executeBatch();
                }
            }
            skill.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
    }

    /** A random unit vector, float32 little-endian as the application stores them. */
    static byte[] embedding(Random random) {
        float[] v = new float[384];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        ByteBuffer bytes = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : v) {
            bytes.putFloat((float) (f / Math.sqrt(norm)));
        }
        return bytes.array();
    }

    static String post(String base, String path, String token, String json, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
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
