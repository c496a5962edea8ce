package dev.cvtailor.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.Queue;

/**
 * Sends and reads the work messages of the queues: each names the kind of row it is about ({@code subject})
 * and the row's id, nothing else. Consumers look the row up and check its status, so a message delivered
 * twice does no harm. Messages are persistent: the broker keeps them across restarts.
 */
@ApplicationScoped
public class WorkMessages {

    public static final String SUBJECT = "cvtailorSubject";
    public static final String ENTITY_ID = "cvtailorEntityId";
    public static final String CORRELATION_ID = "cvtailorCorrelationId";

    @Resource(lookup = "jms/cvtailor/ConnectionFactory")
    ConnectionFactory connectionFactory;

    /**
     * Sends the message at once. Callers send outside a transaction, after the row is committed: the message
     * must never arrive before its row exists, and one database plus one broker in a single transaction would
     * need two-phase commit, which PostgreSQL refuses by default.
     */
    public void send(Queue queue, String subject, long entityId) {
        try (JMSContext context = connectionFactory.createContext()) {
            JMSProducer producer = context.createProducer()
                    .setDeliveryMode(DeliveryMode.PERSISTENT)
                    .setProperty(SUBJECT, subject)
                    .setProperty(ENTITY_ID, entityId);
            Correlation.current().ifPresent(id -> producer.setProperty(CORRELATION_ID, id));
            producer.send(queue, subject + ":" + entityId);
        }
    }

    /** Handles a work message under the correlation id of the request that sent it. */
    public static void correlated(Message message, Runnable handling) {
        String id;
        try {
            id = message.getStringProperty(CORRELATION_ID);
        } catch (JMSException e) {
            id = null;
        }
        Correlation.within(id, handling);
    }

    /** The id of the row a work message is about. */
    public static long entityId(Message message) {
        try {
            return message.getLongProperty(ENTITY_ID);
        } catch (JMSException | NumberFormatException e) {
            throw new IllegalArgumentException("Not a work message: " + e.getMessage(), e);
        }
    }

    public static String subject(Message message) {
        try {
            return message.getStringProperty(SUBJECT);
        } catch (JMSException e) {
            throw new IllegalArgumentException("Not a work message: " + e.getMessage(), e);
        }
    }
}
