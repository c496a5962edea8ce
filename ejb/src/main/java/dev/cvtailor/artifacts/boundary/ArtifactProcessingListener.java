package dev.cvtailor.artifacts.boundary;

import dev.cvtailor.platform.control.WorkMessages;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Consumes ArtifactProcessingQueue (activation spec in server.xml). A failure rolls the delivery back; after
 * the broker's delivery attempts the message goes to the dead-letter queue and the artifact is marked failed.
 */
@MessageDriven
public class ArtifactProcessingListener implements MessageListener {

    @Inject
    ArtifactService artifacts;

    @Override
    public void onMessage(Message message) {
        WorkMessages.correlated(message, () -> artifacts.process(WorkMessages.entityId(message)));
    }
}
