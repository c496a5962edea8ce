package cvtailor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** How long each virtual user waited from asking for a CV to seeing it READY (Gatling times single requests). */
final class GenerationTimes {

    private static final List<Long> READY = Collections.synchronizedList(new ArrayList<>());
    private static final List<String> OTHER = Collections.synchronizedList(new ArrayList<>());

    private GenerationTimes() {
    }

    static void record(long millis, String status) {
        if ("READY".equals(status)) {
            READY.add(millis);
        } else {
            OTHER.add(status);
        }
    }

    static void print() {
        List<Long> sorted = new ArrayList<>(READY);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.println("Generation, request to READY: no document became READY; others: " + OTHER);
            return;
        }
        System.out.printf("Generation, request to READY (incl. 1 s polling): n=%d p50=%d ms p95=%d ms p99=%d ms"
                + " max=%d ms; not READY: %d %s%n", sorted.size(), at(sorted, 50), at(sorted, 95), at(sorted, 99),
                sorted.get(sorted.size() - 1), OTHER.size(), OTHER.isEmpty() ? "" : OTHER.subList(0,
                        Math.min(5, OTHER.size())));
    }

    private static long at(List<Long> sorted, int percentile) {
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
