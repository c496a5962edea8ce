package dev.cvtailor.generation.boundary;

import dev.cvtailor.platform.control.WorkMessages;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Consumes GenerationQueue (activation spec in server.xml). A failure rolls the delivery back; after the
 * broker's delivery attempts the message goes to the dead-letter queue and the document is marked failed.
 */
@MessageDriven
public class GenerationListener implements MessageListener {

    @Inject
    GenerationService generation;

    @Override
    public void onMessage(Message message) {
        WorkMessages.correlated(message, () -> generation.generate(WorkMessages.entityId(message)));
    }
}
