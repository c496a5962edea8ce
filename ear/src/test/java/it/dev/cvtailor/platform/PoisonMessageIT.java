package it.dev.cvtailor.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.JsonObject;

/**
 * A message no consumer can handle does not loop for ever nor block the queue: after its delivery attempts it
 * goes to the dead-letter queue, whose consumer records it (under its correlation id) and lets it go, and the
 * queue goes on serving the messages behind it.
 */
class PoisonMessageIT {

    static final String BROKER = "tcp://127.0.0.1:" + Integer.getInteger("it.broker.port", 61616);

    @BeforeAll
    static void serverReady() {
        Api.awaitReady();
    }

    @Test
    void sendsAMessageNoConsumerCanReadToTheDeadLettersAndGoesOn() throws Exception {
        String correlation = "poison-" + UUID.randomUUID();
        try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(BROKER);
                JMSContext context = factory.createContext()) {
            Queue queue = context.createQueue("GenerationQueue");
            context.createProducer()
                    .setProperty("cvtailorSubject", "document")
                    .setProperty("cvtailorEntityId", "not-a-number")
                    .setProperty("cvtailorCorrelationId", correlation)
                    .send(queue, "document:not-a-number");
        }

        List<JsonObject> records = CorrelatedLogsIT.awaitRecords(correlation, 1, r -> r.getString("message", "")
                .contains("Dropping a dead letter that is not a work message"));
        assertTrue(records.stream().anyMatch(r -> "WARNING".equals(r.getString("loglevel", ""))), records.toString());

        String token = Api.newUserToken("behind-the-poison");
        try (var accepted = Api.post("/generate/cv", token, """
                {"jobDescription":"Gardener\\nWe need patience.","candidate":{"name":"Ada Lovelace"}}""")) {
            long id = Api.json(accepted).getJsonNumber("id").longValue();
            Api.awaitStatus("/documents/" + id, token, "READY", "FAILED");
        }
    }
}
