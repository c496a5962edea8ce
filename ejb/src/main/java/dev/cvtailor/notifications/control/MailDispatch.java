package dev.cvtailor.notifications.control;

import java.util.logging.Logger;

import dev.cvtailor.notifications.entity.MailQueued;
import dev.cvtailor.platform.control.WorkMessages;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.jms.Queue;

/**
 * Puts a mail's id on MailQueue once the transaction that wrote the mail has committed: never before (the consumer
 * would not find the row), never for a transaction that rolled back. The send runs on a managed thread outside the
 * finished transaction; if the broker refuses it, the mail stays PENDING and the notification service's recovery
 * timer queues it again, so the user's request never fails for it.
 */
@ApplicationScoped
public class MailDispatch {

    public static final String SUBJECT = "mail";
    private static final Logger LOG = Logger.getLogger(MailDispatch.class.getName());

    @Resource(lookup = "jms/cvtailor/MailQueue")
    Queue mailQueue;

    @Resource
    ManagedExecutorService executor;

    @Inject
    WorkMessages messages;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        executor.execute(() -> queue(queued.mailId()));
    }

    /** Queues the mail now; false when the broker refused it. */
    public boolean queue(long mailId) {
        try {
            messages.send(mailQueue, SUBJECT, mailId);
            return true;
        } catch (RuntimeException e) {
            LOG.warning(() -> "Mail " + mailId + " could not be queued; the recovery timer will try again: " + e);
            return false;
        }
    }
}
