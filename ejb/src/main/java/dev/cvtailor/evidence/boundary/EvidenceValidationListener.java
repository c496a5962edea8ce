package dev.cvtailor.evidence.boundary;

import dev.cvtailor.platform.control.WorkMessages;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Consumes EvidenceValidationQueue (activation spec in server.xml): one link check per message. */
@MessageDriven
public class EvidenceValidationListener implements MessageListener {

    @Inject
    EvidenceService evidence;

    @Override
    public void onMessage(Message message) {
        WorkMessages.correlated(message, () -> evidence.check(WorkMessages.entityId(message)));
    }
}
