package cvtailor;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * A job seeker's journey, over the REST API as the UI's users drive it, with think time between steps: sign in,
 * look at the artifacts, add one, match a posting, generate a CV with the template generator, wait for it, export
 * it to PDF. {@code -Dusers} virtual users arrive over {@code -Dramp} seconds (the load test), or {@code
 * -DperSecond} arrive each second for {@code -Dsoak} seconds (the soak). Each user registers first, outside the
 * measured journey's names ("setup"), as a real user would have done on another day; with {@code -Dregistered=true}
 * the users are the accounts {@code crowd-1..n@load.cvtailor.dev} that run.sh made beforehand (the crowd run).
 */
public class JourneySimulation extends Simulation {

    static final String BASE = System.getProperty("base", "http://localhost:9080");
    static final int USERS = Integer.getInteger("users", 100);
    static final int RAMP = Integer.getInteger("ramp", 60);
    static final double PER_SECOND = Double.parseDouble(System.getProperty("perSecond", "0"));
    static final int SOAK = Integer.getInteger("soak", 0);
    static final Duration THINK_MIN = Duration.ofMillis(Long.getLong("thinkMinMs", 2000));
    static final Duration THINK_MAX = Duration.ofMillis(Long.getLong("thinkMaxMs", 6000));
    static final String PASSWORD = "a long enough load-test passphrase";

    static final String POSTING = """
            Senior Backend Engineer\\nNorthwind Payments\\nRequirements:\\n- Java and PostgreSQL in production\\n\
            - Kafka for event streaming\\n- Kubernetes\\nNice to have:\\n- Terraform""";

    static final boolean REGISTERED = Boolean.getBoolean("registered");

    static final Iterator<Map<String, Object>> ACCOUNTS = REGISTERED
            ? IntStream.iterate(1, n -> n + 1)
                    .mapToObj(n -> Map.<String, Object>of("email", "crowd-" + n + "@load.cvtailor.dev")).iterator()
            : Stream.generate(() -> Map.<String, Object>of("email", "load-" + UUID.randomUUID() + "@example.com"))
                    .iterator();

    static final HttpProtocolBuilder HTTP = http.baseUrl(BASE + "/api/v1")
            .contentTypeHeader("application/json").acceptHeader("application/json")
            .shareConnections();

    static ChainBuilder think() {
        return pause(THINK_MIN, THINK_MAX);
    }

    static final ChainBuilder SETUP = exec(
            http("setup: register").post("/auth/register")
                    .body(StringBody("{\"email\":\"#{email}\",\"password\":\"" + PASSWORD + "\"}"))
                    .check(status().is(201)));

    static final ChainBuilder JOURNEY = exec(session -> {
        ActiveUsers.began();
        return session;
    }).exec(
            http("sign in").post("/auth/login")
                    .body(StringBody("{\"email\":\"#{email}\",\"password\":\"" + PASSWORD + "\"}"))
                    .check(status().is(200), jsonPath("$.token").saveAs("token")))
            .exec(think())
            .exec(http("list artifacts").get("/artifacts").header("Authorization", "Bearer #{token}")
                    .check(status().is(200)))
            .exec(think())
            .exec(http("add artifact").post("/artifacts").header("Authorization", "Bearer #{token}")
                    .body(StringBody("""
                            {"kind":"POSITION","title":"Card payments API","organisation":"Acme Bank",
                             "startedOn":"2019-03-01","summary":"Built the card payments API serving two million \
                            requests a day, cutting latency by 40 percent.","stack":["Java","PostgreSQL","Kafka"]}"""))
                    .check(status().is(202), jsonPath("$.id").saveAs("artifact")))
            .exec(think())
            .exec(http("match posting").post("/match").header("Authorization", "Bearer #{token}")
                    .body(StringBody("{\"jobDescription\":\"" + POSTING + "\"}"))
                    .check(status().is(200)))
            .exec(think())
            .exec(http("generate CV").post("/generate/cv").header("Authorization", "Bearer #{token}")
                    .body(StringBody("{\"jobDescription\":\"" + POSTING + "\",\"candidate\":{\"name\":\"Ada Lovelace\"}}"))
                    .check(status().is(202), jsonPath("$.id").saveAs("document")))
            .exec(session -> session.set("generationStarted", System.currentTimeMillis()).set("status", "QUEUED"))
            .exec(asLongAs(session -> !"READY".equals(session.getString("status"))
                    && !"FAILED".equals(session.getString("status"))
                    && System.currentTimeMillis() - session.getLong("generationStarted") < 120_000).on(
                    pause(Duration.ofSeconds(1))
                            .exec(http("poll document").get("/documents/#{document}")
                                    .header("Authorization", "Bearer #{token}")
                                    .check(status().is(200), jsonPath("$.status").saveAs("status")))))
            .exec(session -> {
                long took = System.currentTimeMillis() - session.getLong("generationStarted");
                GenerationTimes.record(took, session.getString("status"));
                return session;
            })
            .exec(think())
            .exec(http("export PDF").post("/export/#{document}").header("Authorization", "Bearer #{token}")
                    .header("Accept", "application/pdf")
                    .body(StringBody("{\"format\":\"pdf\"}"))
                    .check(status().is(200), bodyBytes().transform(bytes -> bytes.length).gt(1000)))
            .exec(session -> {
                ActiveUsers.ended();
                return session;
            });

    static final ScenarioBuilder JOB_SEEKERS = REGISTERED
            ? scenario("job seekers").feed(ACCOUNTS).exec(JOURNEY)
            : scenario("job seekers").feed(ACCOUNTS).exec(SETUP).exec(JOURNEY);

    {
        OpenInjectionStep arrivals = PER_SECOND > 0 ? constantUsersPerSec(PER_SECOND).during(SOAK)
                : rampUsers(USERS).during(RAMP);
        setUp(JOB_SEEKERS.injectOpen(arrivals)).protocols(HTTP)
                .assertions(global().failedRequests().count().is(0L),
                        details("generate CV").responseTime().percentile(95.0).lt(500),
                        details("list artifacts").responseTime().percentile(95.0).lt(500));
    }

    @Override
    public void after() {
        GenerationTimes.print();
        ActiveUsers.print();
    }
}
