package dev.cvtailor.imports.boundary;

import dev.cvtailor.platform.control.WorkMessages;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Consumes ImportQueue (activation spec in server.xml). A failure rolls the delivery back; after the broker's
 * delivery attempts the message goes to the dead-letter queue and the import is marked failed.
 */
@MessageDriven
public class ImportListener implements MessageListener {

    @Inject
    ImportService imports;

    @Override
    public void onMessage(Message message) {
        WorkMessages.correlated(message, () -> imports.process(WorkMessages.entityId(message)));
    }
}
