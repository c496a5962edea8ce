import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The counsellor's review queue ({@code GET /api/v1/reviews?size=20}, with and without {@code cohortId}) and a
 * cohort's insights ({@code GET /api/v1/orgs/{id}/insights?cohortId=}) for organisation bench-1 (2,000 members, one
 * cohort of all of them), one client after a warm-up, next to the statements the services run for the same call,
 * replayed over JDBC in one transaction (the statement's wall time) and each explained with EXPLAIN ANALYZE.
 * Prints Markdown tables (ms), then each statement's SQL and the plans of the heavy ones.
 *
 * java -cp postgresql.jar ReviewBench.java http://localhost:9080 jdbc:postgresql://127.0.0.1:5432/cvtailor_reviewbench postgres passphrase
 */
public class ReviewBench {

    static final String DOMAIN = "@reviews.bench.cvtailor.dev";
    static final int QUEUE_REQUESTS = Integer.getInteger("queue.requests", 300);
    static final int INSIGHTS_REQUESTS = Integer.getInteger("insights.requests", 60);
    static final int CHUNK = 1000;

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();

    // ---- the statements, as EclipseLink writes them (checked against PostgreSQL's statement log); "(?*)" is an
    // IN list with one parameter per value

    static final String MEMBERSHIP = "SELECT user_id, joined_at, organisation_id, ROLE FROM memberships WHERE (user_id = ?)";
    static final String ORGANISATION = "SELECT ID, accent_colour, branding_in_exports, counsellors_restricted, created_at,"
            + " default_template, llm_allowed, logo_media_type, NAME, review_required, SLUG, updated_at"
            + " FROM organisations WHERE (ID = ?)";
    static final String USER = "SELECT ID, created_at, EMAIL, ENABLED, password_hash, ROLE, updated_at FROM users WHERE (ID = ?)";
    static final String COHORT = "SELECT ID, created_at, NAME, name_key, organisation_id, target_roles FROM cohorts WHERE (ID = ?)";
    static final String COHORTS_OF_REVIEWER = "SELECT t0.cohort_id, t0.user_id FROM cohort_members t0 WHERE ((t0.user_id IN (?*))"
            + " AND t0.cohort_id IN (SELECT t1.ID FROM cohorts t1 WHERE (t1.organisation_id = ?))) ORDER BY t0.cohort_id";
    static final String MEMBERS = "SELECT user_id FROM memberships WHERE ((organisation_id = ?) AND (ROLE = ?))";
    static final String COHORT_MEMBERS = "SELECT t0.user_id FROM memberships t0 WHERE (((t0.organisation_id = ?)"
            + " AND (t0.ROLE = ?)) AND t0.user_id IN (SELECT t1.user_id FROM cohort_members t1 WHERE (t1.cohort_id = ?)))";
    static final String REVIEW_COLUMNS = "ID, counsellor_id, decided_at, decision_note, document_id, document_kind,"
            + " document_version, first_reviewed_at, NOTE, organisation_id, owner_id, previous_id, STATE, submitted_at,"
            + " updated_at";
    static final String QUEUE_PAGE = "SELECT ID AS a1, counsellor_id AS a2, decided_at AS a3, decision_note AS a4,"
            + " document_id AS a5, document_kind AS a6, document_version AS a7, first_reviewed_at AS a8, NOTE AS a9,"
            + " organisation_id AS a10, owner_id AS a11, previous_id AS a12, STATE AS a13, submitted_at AS a14,"
            + " updated_at AS a15 FROM reviews WHERE (((organisation_id = ?) AND (owner_id IN (?*))) AND (STATE IN (?,?)))"
            + " ORDER BY submitted_at, ID LIMIT ? OFFSET ?";
    static final String QUEUE_COUNT = "SELECT COUNT(ID) FROM reviews WHERE (((organisation_id = ?) AND (owner_id IN (?*)))"
            + " AND (STATE IN (?,?)))";
    static final String EMAILS = "SELECT ID, EMAIL FROM users WHERE (ID IN (?*))";
    static final String DOCUMENTS_OF = "SELECT user_id, coverage_json FROM generated_documents WHERE ((user_id IN (?*))"
            + " AND (STATUS = ?))";
    static final String REVIEWS_BY = "SELECT " + REVIEW_COLUMNS + " FROM reviews WHERE (((organisation_id = ?)"
            + " AND (owner_id IN (?*))) AND (STATE <> ?))";
    static final String VALID_AMONG = "SELECT t0.validation_status, COUNT(t0.ID) FROM evidence_links t0, artifacts t1"
            + " WHERE ((t0.artifact_id = t1.ID) AND (t1.user_id IN (?*))) GROUP BY t0.validation_status";

    // ---- alternatives, measured beside the statements above but not part of any call: the owners as a subquery
    // instead of an IN list of every member's id (as JPQL "r.ownerId in (select m.userId from Membership m ...)"
    // would have it), and the evidence count over a column the (artifact_id, validation_status) index holds

    static final String MEMBER_SUBQUERY = "owner_id IN (SELECT t1.user_id FROM memberships t1"
            + " WHERE ((t1.organisation_id = ?) AND (t1.ROLE = ?)))";
    static final String COHORT_SUBQUERY = " AND owner_id IN (SELECT t2.user_id FROM cohort_members t2 WHERE (t2.cohort_id = ?))";
    static final String VALID_AMONG_COUNTING_STATUS = VALID_AMONG.replace("COUNT(t0.ID)", "COUNT(t0.validation_status)");

    static List<Step> queueAlternatives(long org, Long cohort) {
        String owners = MEMBER_SUBQUERY + (cohort == null ? "" : COHORT_SUBQUERY);
        List<Object> ownerParameters = cohort == null ? List.of(org, "MEMBER") : List.of(org, "MEMBER", cohort);
        String page = QUEUE_PAGE.replace("owner_id IN (?*)", owners);
        String count = QUEUE_COUNT.replace("owner_id IN (?*)", owners);
        List<Object> pageParameters = new ArrayList<>(List.of(org));
        pageParameters.addAll(ownerParameters);
        pageParameters.addAll(List.of("SUBMITTED", "IN_REVIEW"));
        List<Object> countParameters = new ArrayList<>(pageParameters);
        pageParameters.addAll(List.of(20, 0));
        return List.of(new Step("queue page, owners as a subquery (alternative)", page, pageParameters),
                new Step("queue count, owners as a subquery (alternative)", count, countParameters));
    }

    /** One statement of a call: its SQL and its parameters, an IN list given as a List. */
    record Step(String name, String sql, List<Object> parameters) {
    }

    record Stats(double p50, double p95, double p99, double max, int n) {
        static Stats of(double[] latencies) {
            double[] sorted = latencies.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return new Stats(sorted[n / 2], sorted[Math.min(n - 1, (int) (n * 0.95))],
                    sorted[Math.min(n - 1, (int) (n * 0.99))], sorted[n - 1], n);
        }
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbcUrl = args[1];
        String dbUser = args[2];
        String password = args[3];
        try (Connection db = DriverManager.getConnection(jdbcUrl, dbUser, "")) {
            long org = id(db, "select id from organisations where slug = 'bench-1'");
            long cohort = id(db, "select id from cohorts where organisation_id = " + org);
            long counsellor = id(db, "select id from users where email = 'counsellor1-1" + DOMAIN + "'");
            long admin = id(db, "select id from users where email = 'admin1" + DOMAIN + "'");
            long org2 = id(db, "select id from organisations where slug = 'bench-2'");
            long cohort2 = id(db, "select id from cohorts where organisation_id = " + org2);

            String counsellorToken = login(base, "counsellor1-1" + DOMAIN, password);
            String adminToken = login(base, "admin1" + DOMAIN, password);

            // warm-up on another organisation: its counsellor's queue and its admin's insights
            String warmCounsellor = login(base, "counsellor2-1" + DOMAIN, password);
            String warmAdmin = login(base, "admin2" + DOMAIN, password);
            for (int i = 0; i < 500; i++) {
                get(base, "/api/v1/reviews?size=20", warmCounsellor);
                get(base, "/api/v1/reviews?size=20&cohortId=" + cohort2, warmCounsellor);
            }
            for (int i = 0; i < 40; i++) {
                get(base, "/api/v1/orgs/" + org2 + "/insights?cohortId=" + cohort2, warmAdmin);
            }

            String queuePath = "/api/v1/reviews?size=20";
            String cohortQueuePath = "/api/v1/reviews?size=20&cohortId=" + cohort;
            String insightsPath = "/api/v1/orgs/" + org + "/insights?cohortId=" + cohort;
            String firstPage = get(base, queuePath, counsellorToken);
            String insights = get(base, insightsPath, adminToken);
            System.out.println("Queue page (first 300 characters): " + abbreviate(firstPage, 300));
            System.out.println("Insights: " + abbreviate(insights, 2000));
            System.out.println();

            Map<String, Stats> api = new LinkedHashMap<>();
            api.put("queue", measure(QUEUE_REQUESTS, 30, () -> check(get(base, queuePath, counsellorToken), "\"total\"")));
            api.put("queue, cohortId", measure(QUEUE_REQUESTS, 30,
                    () -> check(get(base, cohortQueuePath, counsellorToken), "\"total\"")));
            api.put("insights, cohortId", measure(INSIGHTS_REQUESTS, 5,
                    () -> check(get(base, insightsPath, adminToken), "skillGaps")));

            // the same calls' statements over JDBC, one transaction per call, as the service runs them
            db.setAutoCommit(false);
            Map<String, List<double[]>> perStep = new LinkedHashMap<>();
            Map<String, List<Step>> lastSteps = new LinkedHashMap<>();
            Map<String, Stats> sql = new LinkedHashMap<>();
            sql.put("queue", replay(db, QUEUE_REQUESTS, () -> queueSteps(db, counsellor, org, null),
                    perStep.computeIfAbsent("queue", k -> new ArrayList<>()), lastSteps, "queue"));
            sql.put("queue, cohortId", replay(db, QUEUE_REQUESTS, () -> queueSteps(db, counsellor, org, cohort),
                    perStep.computeIfAbsent("queue, cohortId", k -> new ArrayList<>()), lastSteps, "queue, cohortId"));
            sql.put("insights, cohortId", replay(db, INSIGHTS_REQUESTS, () -> insightsSteps(db, admin, org, cohort),
                    perStep.computeIfAbsent("insights, cohortId", k -> new ArrayList<>()), lastSteps,
                    "insights, cohortId"));

            System.out.println("| call | requests | API p50 | API p95 | API p99 | API max | SQL p50 | SQL p95 | SQL p99 | statements | API/SQL p50 |");
            System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
            for (String call : api.keySet()) {
                Stats a = api.get(call);
                Stats s = sql.get(call);
                System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f | %d | %.1f |%n", call, a.n(),
                        a.p50(), a.p95(), a.p99(), a.max(), s.p50(), s.p95(), s.p99(), lastSteps.get(call).size(),
                        a.p50() / s.p50());
            }

            System.out.println();
            System.out.println("Each statement over JDBC (wall time of execute and reading every row; EXPLAIN ANALYZE of one"
                    + " run: planning + execution):");
            System.out.println();
            System.out.println("| call | # | statement | parameters | rows | p50 | p95 | EXPLAIN planning | EXPLAIN execution |");
            System.out.println("|---|---|---|---|---|---|---|---|---|");
            Map<String, List<String>> plans = new LinkedHashMap<>();
            Map<String, List<Step>> alternatives = new LinkedHashMap<>();
            alternatives.put("queue", queueAlternatives(org, null));
            alternatives.put("queue, cohortId", queueAlternatives(org, cohort));
            alternatives.put("insights, cohortId", lastSteps.get("insights, cohortId").stream()
                    .filter(step -> step.sql().equals(VALID_AMONG))
                    .map(step -> new Step("validAmong, COUNT(t0.validation_status) (alternative)",
                            VALID_AMONG_COUNTING_STATUS, step.parameters()))
                    .toList());
            List<String> checks = new ArrayList<>();
            for (String call : lastSteps.keySet()) {
                List<Step> steps = lastSteps.get(call);
                printSteps(db, call, steps, perStep.get(call), false, plans);
                List<Step> others = alternatives.get(call);
                List<double[]> otherTimes = new ArrayList<>();
                replay(db, call.startsWith("insights") ? INSIGHTS_REQUESTS : QUEUE_REQUESTS, () -> others, otherTimes,
                        new LinkedHashMap<>(), call);
                printSteps(db, call, others, otherTimes, true, plans);
                // each alternative answers what the statement it stands for answers
                for (Step other : others) {
                    String original = other.name().startsWith("queue page") ? QUEUE_PAGE
                            : other.name().startsWith("queue count") ? QUEUE_COUNT : VALID_AMONG;
                    List<Step> same = steps.stream().filter(step -> step.sql().equals(original)).toList();
                    Step counterpart = same.size() == 1 ? same.get(0)
                            : same.stream().filter(step -> step.parameters().equals(other.parameters())).findFirst()
                                    .orElseThrow();
                    List<String> expected = new ArrayList<>(rowsOf(db, counterpart));
                    List<String> actual = new ArrayList<>(rowsOf(db, other));
                    if (original.equals(VALID_AMONG)) {
                        // grouped rows come in no particular order
                        expected.sort(null);
                        actual.sort(null);
                    }
                    boolean equal = expected.equals(actual);
                    checks.add(call + ": " + other.name() + (equal ? " returns the same rows as " : " DIFFERS from ")
                            + counterpart.name());
                }
            }
            System.out.println();
            checks.forEach(check -> System.out.println("- " + check));
            db.commit();

            System.out.println();
            System.out.println("The statements (an IN list \"(?*)\" binds one parameter per id):");
            System.out.println();
            Map<String, String> printed = new LinkedHashMap<>();
            for (List<Step> steps : lastSteps.values()) {
                for (Step step : steps) {
                    printed.putIfAbsent(step.name(), step.sql());
                }
            }
            printed.forEach((name, text) -> System.out.println("- " + name + ": `" + text + "`"));
            System.out.println();
            System.out.println("Plans (EXPLAIN (ANALYZE, BUFFERS), the parameters bound):");
            plans.forEach((name, plan) -> {
                System.out.println();
                System.out.println(name + ":");
                plan.forEach(line -> System.out.println("    " + shorten(line)));
            });
        }
    }

    static void printSteps(Connection db, String call, List<Step> steps, List<double[]> times, boolean alternative,
            Map<String, List<String>> plans) throws Exception {
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            double[] column = new double[times.size()];
            for (int r = 0; r < times.size(); r++) {
                column[r] = times.get(r)[i];
            }
            Stats stats = Stats.of(column);
            List<String> plan = explain(db, step);
            double planning = planTime(plan, "Planning Time");
            double execution = planTime(plan, "Execution Time");
            System.out.printf("| %s | %s | %s | %d | %d | %.2f | %.2f | %.2f | %.2f |%n", call,
                    alternative ? "alt." : String.valueOf(i + 1), step.name(), parameterCount(step), rowsOf(db, step).size(),
                    stats.p50(), stats.p95(), planning, execution);
            if (execution > 1.0 || step.name().startsWith("queue")) {
                plans.putIfAbsent(call + ": " + step.name(), plan);
            }
        }
        db.commit();
    }

    /** Every row of the statement's answer, as text, in order. */
    static List<String> rowsOf(Connection db, Step step) throws Exception {
        List<String> found = new ArrayList<>();
        try (PreparedStatement statement = prepare(db, step); ResultSet rows = statement.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    row.append(rows.getString(c)).append('|');
                }
                found.add(row.toString());
            }
        }
        return found;
    }

    /** A plan line with its long literal arrays (the bound IN lists) shortened. */
    static String shorten(String line) {
        Matcher m = Pattern.compile("'\\{([^}]{60,})\\}'").matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("'{" + m.group(1).split(",").length + " values}'"));
        }
        m.appendTail(out);
        return out.toString();
    }

    // ---- the calls' statements

    /** ReviewService.list for a counsellor: reviewerScope, memberIds, (the cohort), the page, the count, the emails. */
    static List<Step> queueSteps(Connection db, long counsellor, long org, Long cohort) throws Exception {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("membership (em.find)", MEMBERSHIP, List.of(counsellor)));
        steps.add(new Step("organisation (em.find)", ORGANISATION, List.of(org)));
        steps.add(new Step("reviewer's cohorts", COHORTS_OF_REVIEWER, List.of(List.of(counsellor), org)));
        Step members = cohort == null ? new Step("memberIds (organisation)", MEMBERS, List.of(org, "MEMBER"))
                : new Step("memberIds (cohort)", COHORT_MEMBERS, List.of(org, "MEMBER", cohort));
        steps.add(members);
        List<Long> owners = longs(db, members);
        if (cohort != null) {
            steps.add(new Step("cohort (em.find)", COHORT, List.of(cohort)));
        }
        Step page = new Step("queue page", QUEUE_PAGE, List.of(org, owners, "SUBMITTED", "IN_REVIEW", 20, 0));
        steps.add(page);
        List<Long> people = new ArrayList<>();
        try (PreparedStatement statement = prepare(db, page); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                people.add(rows.getLong("a11"));
                long c = rows.getLong("a2");
                if (!rows.wasNull() && !people.contains(c)) {
                    people.add(c);
                }
            }
        }
        steps.add(new Step("emails of the page", EMAILS, List.of(people.stream().distinct().toList())));
        steps.add(new Step("queue count", QUEUE_COUNT, List.of(org, owners, "SUBMITTED", "IN_REVIEW")));
        return steps;
    }

    /** ReviewService.insights for an org admin and one cohort. */
    static List<Step> insightsSteps(Connection db, long admin, long org, long cohort) throws Exception {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("organisation (em.find)", ORGANISATION, List.of(org)));
        steps.add(new Step("membership (em.find)", MEMBERSHIP, List.of(admin)));
        steps.add(new Step("user (accounts.find)", USER, List.of(admin)));
        steps.add(new Step("cohort (em.find)", COHORT, List.of(cohort)));
        steps.add(new Step("reviewer's cohorts", COHORTS_OF_REVIEWER, List.of(List.of(admin), org)));
        Step members = new Step("memberIds (cohort)", COHORT_MEMBERS, List.of(org, "MEMBER", cohort));
        steps.add(members);
        List<Long> owners = longs(db, members);
        for (int from = 0; from < owners.size(); from += CHUNK) {
            steps.add(new Step("documentsOf (1,000 owners)", DOCUMENTS_OF,
                    List.of(owners.subList(from, Math.min(owners.size(), from + CHUNK)), "READY")));
        }
        for (int from = 0; from < owners.size(); from += CHUNK) {
            steps.add(new Step("reviewsBy (1,000 owners)", REVIEWS_BY,
                    List.of(org, owners.subList(from, Math.min(owners.size(), from + CHUNK)), "WITHDRAWN")));
        }
        for (int from = 0; from < owners.size(); from += CHUNK) {
            steps.add(new Step("validAmong (1,000 owners)", VALID_AMONG,
                    List.of(owners.subList(from, Math.min(owners.size(), from + CHUNK)))));
        }
        return steps;
    }

    // ---- running statements

    interface StepSource {
        List<Step> steps() throws Exception;
    }

    /** Runs the call's statements {@code requests} times (after 20 unmeasured runs); returns the calls' wall times. */
    static Stats replay(Connection db, int requests, StepSource source, List<double[]> perStep,
            Map<String, List<Step>> lastSteps, String call) throws Exception {
        List<Step> steps = source.steps();
        lastSteps.put(call, steps);
        for (int i = 0; i < 20; i++) {
            runAll(db, steps);
        }
        double[] totals = new double[requests];
        for (int r = 0; r < requests; r++) {
            totals[r] = runAll(db, steps, perStep);
        }
        return Stats.of(totals);
    }

    static double runAll(Connection db, List<Step> steps) throws Exception {
        return runAll(db, steps, null);
    }

    static double runAll(Connection db, List<Step> steps, List<double[]> perStep) throws Exception {
        double[] times = new double[steps.size()];
        long start = System.nanoTime();
        for (int i = 0; i < steps.size(); i++) {
            long t = System.nanoTime();
            try (PreparedStatement statement = prepare(db, steps.get(i)); ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rows.getObject(c);
                    }
                }
            }
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        db.commit();
        if (perStep != null) {
            perStep.add(times);
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** The statement with its IN lists expanded to one parameter per value, and every parameter bound. */
    static PreparedStatement prepare(Connection db, Step step) throws Exception {
        return prepare(db, step, "");
    }

    static PreparedStatement prepare(Connection db, Step step, String prefix) throws Exception {
        String sql = step.sql();
        List<Object> flat = new ArrayList<>();
        for (Object parameter : step.parameters()) {
            if (parameter instanceof List<?> list) {
                sql = sql.replaceFirst(Pattern.quote("(?*)"), "(" + String.join(",", java.util.Collections.nCopies(list.size(), "?")) + ")");
                flat.addAll(list);
            } else {
                flat.add(parameter);
            }
        }
        PreparedStatement statement = db.prepareStatement(prefix + sql);
        for (int i = 0; i < flat.size(); i++) {
            statement.setObject(i + 1, flat.get(i));
        }
        return statement;
    }

    static int parameterCount(Step step) {
        return step.parameters().stream().mapToInt(p -> p instanceof List<?> list ? list.size() : 1).sum();
    }

    static List<String> explain(Connection db, Step step) throws Exception {
        List<String> plan = new ArrayList<>();
        try (PreparedStatement statement = prepare(db, step, "EXPLAIN (ANALYZE, BUFFERS) ");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                plan.add(rows.getString(1));
            }
        }
        return plan;
    }

    static double planTime(List<String> plan, String label) {
        for (String line : plan) {
            Matcher m = Pattern.compile(label + ": ([0-9.]+) ms").matcher(line);
            if (m.find()) {
                return Double.parseDouble(m.group(1));
            }
        }
        return Double.NaN;
    }

    static List<Long> longs(Connection db, Step step) throws Exception {
        List<Long> found = new ArrayList<>();
        try (PreparedStatement statement = prepare(db, step); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                found.add(rows.getLong(1));
            }
        }
        return found;
    }

    static long id(Connection db, String sql) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("nothing for " + sql);
            }
            return rows.getLong(1);
        }
    }

    // ---- HTTP

    /** Runs {@code requests} calls one at a time after {@code warmUp} unmeasured ones; latencies in ms. */
    static Stats measure(int requests, int warmUp, Callable<Void> call) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            call.call();
        }
        double[] latencies = new double[requests];
        for (int i = 0; i < requests; i++) {
            long t = System.nanoTime();
            call.call();
            latencies[i] = (System.nanoTime() - t) / 1e6;
        }
        return Stats.of(latencies);
    }

    static Void check(String body, String expected) {
        if (!body.contains(expected)) {
            throw new IllegalStateException("no " + expected + " in " + abbreviate(body, 500));
        }
        return null;
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
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
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

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
