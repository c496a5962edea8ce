package dev.cvtailor.platform.boundary;

import java.util.logging.Logger;

import dev.cvtailor.platform.control.WorkMessages;
import dev.cvtailor.platform.entity.DeadLetter;
import jakarta.ejb.MessageDriven;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Reads the dead-letter queue and tells the owning component, which marks its row {@code FAILED}.
 * Connected to the queue by its activation spec in server.xml.
 */
@MessageDriven
public class DeadLetterListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(DeadLetterListener.class.getName());

    @Inject
    Event<DeadLetter> deadLetters;

    @Override
    public void onMessage(Message message) {
        WorkMessages.correlated(message, () -> handle(message));
    }

    private void handle(Message message) {
        DeadLetter letter;
        try {
            letter = new DeadLetter(WorkMessages.subject(message), WorkMessages.entityId(message));
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "Dropping a dead letter that is not a work message: " + e.getMessage());
            return;
        }
        LOG.warning(() -> "Gave up on " + letter.subject() + " " + letter.entityId() + " after its delivery attempts");
        deadLetters.fire(letter);
    }
}
