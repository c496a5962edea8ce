import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.cvtailor.jobs.entity.ParsedJobDescription.Keyword;
import dev.cvtailor.matching.control.ArtifactRanker;
import dev.cvtailor.matching.entity.MatchCandidate;

/**
 * The ranking step alone (issue 5): ArtifactRanker over 100, 1,000 and 10,000 artifacts with precomputed
 * 384-dimension embeddings, 120-word texts, 6 skills each, against a posting of 25 keywords. Prints the median
 * and p95 of 30 rankings per size after a warm-up. Run from the repository root after `./mvnw install`:
 *
 *   java -cp ejb/target/classes bench/matching/RankingBench.java
 */
public class RankingBench {

    static final String[] WORDS = ("built designed operated migrated scaled services pipelines platform api payments"
            + " search billing data events streaming cloud team latency reliability customers reports tests"
            + " releases monitoring security mobile web backend frontend analytics").split(" ");

    public static void main(String[] args) {
        Random random = new Random(42);
        List<String> skills = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            skills.add("Skill " + i);
        }
        List<Keyword> keywords = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            keywords.add(Keyword.of(skills.get(i), skills.get(i), "Programming languages", i < 8, 1 + random.nextInt(4)));
        }
        for (int i = 0; i < 5; i++) {
            keywords.add(Keyword.of(WORDS[i] + " " + WORDS[i + 5], null, null, false, 1));
        }
        float[] posting = vector(random);
        System.out.println("| artifacts | median ms | p95 ms |");
        System.out.println("|---|---|---|");
        for (int n : new int[] {100, 1_000, 10_000}) {
            List<MatchCandidate> candidates = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Set<String> shown = new HashSet<>();
                while (shown.size() < 6) {
                    shown.add(skills.get(random.nextInt(skills.size())));
                }
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < 120; w++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                candidates.add(new MatchCandidate(i, "Artifact " + i, text.toString(), shown, vector(random),
                        LocalDate.of(2010 + random.nextInt(16), 1, 1), random.nextBoolean() ? null
                        : LocalDate.of(2015 + random.nextInt(10), 6, 30), random.nextInt(3)));
            }
            for (int warm = 0; warm < 10; warm++) {
                ArtifactRanker.rank(keywords, posting, candidates, LocalDate.now());
            }
            double[] times = new double[30];
            for (int run = 0; run < times.length; run++) {
                long start = System.nanoTime();
                ArtifactRanker.rank(keywords, posting, candidates, LocalDate.now());
                times[run] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(times);
            System.out.printf("| %,d | %.1f | %.1f |%n", n, times[times.length / 2], times[(int) (times.length * 0.95)]);
        }
    }

    static float[] vector(Random random) {
        float[] v = new float[384];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }
}
