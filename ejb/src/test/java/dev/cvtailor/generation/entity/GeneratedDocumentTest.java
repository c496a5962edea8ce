package dev.cvtailor.generation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class GeneratedDocumentTest {

    private final GeneratedDocument document = new GeneratedDocument(7, DocumentKind.CV, 1, "hash", 1,
            new GenerationRequest(1L, null, List.of(), null, null, null,
                    new Candidate("Ada", null, null, null, List.of())));

    @Test
    void aStalledDocumentIsQueuedAgainThenFailedAfterThreeStarts() {
        Instant later = Instant.now().plusSeconds(3600);
        for (int start = 1; start <= 3; start++) {
            assertTrue(document.start(later));
            assertTrue(document.stalledSince(later));
            boolean queued = document.requeueOrFail(3);
            assertEquals(start < 3, queued);
        }
        assertEquals(DocumentStatus.FAILED, document.getStatus());
        assertTrue(document.getFailureReason().contains("3 attempts"));
        assertFalse(document.stalledSince(later), "a failed document is finished");
    }

    @Test
    void aFinishedDocumentIsNeverStartedAgain() {
        document.start(Instant.now());
        document.fail("no", 502);
        assertFalse(document.start(Instant.now().plusSeconds(3600)));
        assertEquals(502, document.getFailureStatus());
    }

    @Test
    void aDocumentAnotherConsumerIsWritingIsLeftToIt() {
        Instant stallLimit = Instant.now().minusSeconds(600);
        assertTrue(document.start(stallLimit));
        assertFalse(document.start(stallLimit), "the second delivery of its message is not generated again");
        assertTrue(document.start(Instant.now().plusSeconds(1)), "an attempt older than the limit has died");
        assertEquals(2, document.getAttempts());
    }

    @Test
    void aFailedAttemptGivesTheDocumentBackToTheQueue() {
        Instant stallLimit = Instant.now().minusSeconds(600);
        document.start(stallLimit);
        document.release();
        assertEquals(DocumentStatus.QUEUED, document.getStatus());
        assertTrue(document.start(stallLimit), "the redelivered message starts it again");
    }
}
