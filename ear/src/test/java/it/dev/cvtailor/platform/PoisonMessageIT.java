package it.dev.cvtailor.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.JsonObject;

/**
 * A message no consumer can handle does not loop for ever nor block the queue: after its delivery attempts it
 * goes to the dead-letter queue, whose consumer records it (under its correlation id) and lets it go, and the
 * queue goes on serving the messages behind it. When the message names a real document, the document is marked
 * FAILED with a reason.
 */
class PoisonMessageIT {

    static final String BROKER = "tcp://127.0.0.1:" + Integer.getInteger("it.broker.port", 61616);

    @BeforeAll
    static void serverReady() {
        Api.awaitReady();
    }

    /** Sends a work message for the generation queue, as the application does, with a correlation id. */
    private static void sendGenerationMessage(String entityId, String correlation) {
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(BROKER);
                JMSContext context = factory.createContext()) {
            Queue queue = context.createQueue("GenerationQueue");
            context.createProducer()
                    .setProperty("cvtailorSubject", "document")
                    .setProperty("cvtailorEntityId", entityId)
                    .setProperty("cvtailorCorrelationId", correlation)
                    .send(queue, "document:" + entityId);
        }
    }

    @Test
    void sendsAMessageNoConsumerCanReadToTheDeadLettersAndGoesOn() throws Exception {
        String correlation = "poison-" + UUID.randomUUID();
        sendGenerationMessage("not-a-number", correlation);

        List<JsonObject> records = CorrelatedLogsIT.awaitRecords(correlation, 1, r -> r.getString("message", "")
                .contains("Dropping a dead letter that is not a work message"));
        assertTrue(records.stream().anyMatch(r -> "WARNING".equals(r.getString("loglevel", ""))), records.toString());

        String token = Api.newUserToken("behind-the-poison");
        try (var accepted = Api.post("/generate/cv", token, """
                {"jobDescription":"Gardener\\nWe need patience.","candidate":{"name":"Ada Lovelace"}}""")) {
            long id = Api.json(accepted).getJsonNumber("id").longValue();
            Api.awaitReadyStatus("/documents/" + id, token);
        }
    }

    @Test
    void aDocumentWhoseGenerationFailsEveryTimeEndsFailedByWayOfTheDeadLetters() throws Exception {
        Assumptions.assumeTrue("postgres".equals(System.getProperty("it.db.kind")),
                "the document's stored request is spoilt through PostgreSQL (run with -Ppostgres)");
        String token = Api.newUserToken("poisoned");
        long id;
        try (var accepted = Api.post("/generate/cv", token, """
                {"jobDescription":"Gardener\\nWe need patience.","candidate":{"name":"Ada Lovelace"}}""")) {
            id = Api.json(accepted).getJsonNumber("id").longValue();
        }
        Api.awaitReadyStatus("/documents/" + id, token);
        // the document is queued again with a request no consumer can read: every delivery of its message fails
        try (Connection db = DriverManager.getConnection(System.getProperty("it.pg.admin.url")
                .replace("/postgres", "/" + System.getProperty("it.pg.database")), "postgres", "postgres");
                PreparedStatement spoil = db.prepareStatement("update generated_documents set status = 'QUEUED',"
                        + " request_json = '{\"candidate\": [', failure_reason = null where id = ?")) {
            spoil.setLong(1, id);
            assertEquals(1, spoil.executeUpdate());
        }
        String correlation = "poisoned-" + UUID.randomUUID();
        sendGenerationMessage(Long.toString(id), correlation);

        JsonObject failed = Api.awaitStatus("/documents/" + id, token, "FAILED", "READY");
        assertEquals("FAILED", failed.getString("status"), failed::toString);
        assertTrue(failed.getString("failureReason").contains("failed repeatedly"), failed::toString);
        CorrelatedLogsIT.awaitRecords(correlation, 1, r -> r.getString("message", "")
                .equals("Gave up on document " + id + " after its delivery attempts"));
    }
}
