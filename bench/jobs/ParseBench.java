import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.cvtailor.jobs.control.JobDescriptionParser;
import dev.cvtailor.jobs.control.TeamTaxonomy;
import dev.cvtailor.skills.control.SkillVocabulary;
import jakarta.json.Json;

/**
 * Job-description parse time (issue 5): JobDescriptionParser with the team's taxonomy (skills.csv, read as the tests
 * read it) over SkillSpan's 263 real postings from ../shared/data, one thread. Two warm-up rounds over all postings,
 * then five measured rounds: prints each round's mean per posting, and the median and p95 of one posting's parse
 * time over the measured rounds. Run from the repository root with bench/jobs/run.sh, or:
 *
 *   java -cp ejb/target/classes:ejb/target/test-classes:<ejb dependencies> bench/jobs/ParseBench.java ../shared/data
 */
public class ParseBench {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data", "jd_skillspan", "postings.jsonl");
        if (!Files.isReadable(file)) {
            System.err.println("The shared SkillSpan postings are not at " + file.toAbsolutePath().normalize());
            System.exit(2);
        }
        List<String> postings = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            try (var reader = Json.createReader(new StringReader(line))) {
                postings.add(reader.readObject().getString("text"));
            }
        }
        SkillVocabulary vocabulary = TeamTaxonomy.vocabulary();
        JobDescriptionParser.Skills skills = TeamTaxonomy.skills(vocabulary);
        for (int warm = 0; warm < 2; warm++) {
            postings.forEach(text -> JobDescriptionParser.parse(text, null, null, skills));
        }
        int rounds = 5;
        double[] each = new double[rounds * postings.size()];
        int at = 0;
        for (int round = 1; round <= rounds; round++) {
            long started = System.nanoTime();
            for (String text : postings) {
                long one = System.nanoTime();
                JobDescriptionParser.parse(text, null, null, skills);
                each[at++] = (System.nanoTime() - one) / 1e6;
            }
            System.out.printf("round %d: %.2f ms per posting (%d postings)%n", round,
                    (System.nanoTime() - started) / 1e6 / postings.size(), postings.size());
        }
        Arrays.sort(each);
        System.out.printf("one posting, %d parses: median %.2f ms, p95 %.2f ms, max %.2f ms%n", each.length,
                each[each.length / 2], each[(int) (each.length * 0.95)], each[each.length - 1]);
    }
}
