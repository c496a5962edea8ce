package dev.cvtailor.notifications.boundary;

import dev.cvtailor.platform.control.WorkMessages;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/**
 * Sends the mails named on MailQueue (activation spec in server.xml). A refused send rolls the delivery back: the
 * broker retries it with growing delays, then moves it to the dead-letter queue, and the mail is marked FAILED.
 */
@MessageDriven
public class MailListener implements MessageListener {

    @Inject
    NotificationService notifications;

    @Override
    public void onMessage(Message message) {
        WorkMessages.correlated(message, () -> notifications.deliver(WorkMessages.entityId(message)));
    }
}
