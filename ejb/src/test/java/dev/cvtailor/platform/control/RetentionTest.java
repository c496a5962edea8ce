package dev.cvtailor.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cvtailor.platform.entity.PurgeBatch;
import dev.cvtailor.platform.entity.PurgeReport;

class RetentionTest {

    private static Retention retention(int batch) {
        Retention retention = new Retention();
        retention.batch = batch;
        return retention;
    }

    @Test
    void runsBatchesUntilOneComesBackShortEachStartingAfterTheLastIdSeen() {
        List<Long> starts = new ArrayList<>();
        // 2,500 due rows with ids 1..2500, of which every tenth is held
        PurgeReport report = retention(1000).inBatches("rows", after -> {
            starts.add(after);
            long first = after + 1;
            long last = Math.min(after + 1000, 2500);
            if (first > last) {
                return PurgeBatch.NONE;
            }
            int examined = (int) (last - first + 1);
            return new PurgeBatch(examined, examined - examined / 10, last);
        });
        assertEquals(List.of(0L, 1000L, 2000L), starts);
        assertEquals(2500, report.examined());
        assertEquals(2250, report.removed());
        assertEquals(3, report.batches());
    }

    @Test
    void neverPurgesMoreThanAThousandRowsInATransactionWhateverTheConfigurationSays() {
        assertEquals(Retention.MAX_BATCH, retention(50_000).batch());
        assertEquals(1, retention(0).batch());
        assertEquals(200, retention(200).batch());
    }

    @Test
    void anEmptyTableTakesOneLookAndStops() {
        PurgeReport report = retention(1000).inBatches("rows", after -> PurgeBatch.NONE);
        assertEquals(1, report.batches());
        assertEquals(0, report.removed());
    }
}
