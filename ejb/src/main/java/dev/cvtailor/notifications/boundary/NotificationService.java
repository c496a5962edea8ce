package dev.cvtailor.notifications.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.notifications.control.MailDispatch;
import dev.cvtailor.notifications.control.MailSender;
import dev.cvtailor.notifications.entity.Mail;
import dev.cvtailor.notifications.entity.MailQueued;
import dev.cvtailor.notifications.entity.MailStatus;
import dev.cvtailor.notifications.entity.Notice;
import dev.cvtailor.notifications.entity.Notification;
import dev.cvtailor.notifications.entity.NotificationView;
import dev.cvtailor.notifications.entity.OutboundMail;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.control.StatusCounts;
import dev.cvtailor.platform.entity.DeadLetter;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** In-app notifications and e-mails: the one door to the notifications component. */
@Stateless
public class NotificationService {

    static final int MAX_LISTED = 100;
    /** A pending mail untouched this long has lost its message: it is queued again. */
    static final Duration LOST_AFTER = Duration.ofMinutes(10);
    /** A mail still pending after this long is given up on. */
    static final Duration GIVE_UP_AFTER = Duration.ofDays(1);
    private static final Logger LOG = Logger.getLogger(NotificationService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    MailSender sender;

    @Inject
    MailDispatch dispatch;

    @Inject
    Event<MailQueued> queued;

    /** Notifies a user in the caller's transaction; the e-mail, if any, leaves after it commits. */
    public void notify(Notice notice) {
        em.persist(new Notification(notice.userId(), notice.kind(), notice.reviewId(), notice.text()));
        if (notice.mailSubject() != null) {
            mail(new Mail(accounts.find(notice.userId()).email(), notice.mailSubject(), notice.mailBody()));
        }
    }

    /** Writes an e-mail in the caller's transaction; it is queued for sending once that commits. */
    public void mail(Mail mail) {
        OutboundMail row = new OutboundMail(mail);
        em.persist(row);
        em.flush();
        queued.fire(new MailQueued(row.getId()));
    }

    /** Sends one queued mail (MailQueue's consumer); a refusal propagates, so the broker retries. */
    public void deliver(long mailId) {
        OutboundMail mail = em.find(OutboundMail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || mail.getStatus() != MailStatus.PENDING) {
            return;
        }
        try {
            sender.send(mail.mail());
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "The SMTP server refused mail " + mailId + "; the broker will retry: " + e);
            throw new IllegalStateException("Mail " + mailId + " was not sent: " + e.getMessage(), e);
        }
        mail.sent();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void onDeadLetter(@Observes DeadLetter letter) {
        if (MailDispatch.SUBJECT.equals(letter.subject())) {
            OutboundMail mail = em.find(OutboundMail.class, letter.entityId());
            if (mail != null && mail.getStatus() == MailStatus.PENDING) {
                mail.failed("The mail server refused it on every attempt");
                LOG.warning(() -> "Gave up on mail " + letter.entityId());
            }
        }
    }

    /**
     * Every five minutes, mails whose message was lost (the broker was down when they were written) are queued
     * again; those pending for a day are given up on. A persistent timer: one replica runs each firing.
     */
    public void recoverLostMails() {
        Instant now = Instant.now();
        em.createQuery("update OutboundMail m set m.status = :failed, m.failure = :why where m.status = :pending"
                + " and m.createdAt < :before")
                .setParameter("failed", MailStatus.FAILED)
                .setParameter("why", "Not sent within a day")
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("before", now.minus(GIVE_UP_AFTER))
                .executeUpdate();
        em.createQuery("select m.id from OutboundMail m where m.status = :pending and m.createdAt < :before",
                Long.class)
                .setParameter("pending", MailStatus.PENDING)
                .setParameter("before", now.minus(LOST_AFTER))
                .setMaxResults(500)
                .getResultList()
                .forEach(dispatch::queue);
    }

    public List<NotificationView> list(long userId, boolean unreadOnly) {
        return em.createQuery("select n from Notification n where n.userId = :user"
                + (unreadOnly ? " and n.readAt is null" : "") + " order by n.createdAt desc, n.id desc",
                Notification.class)
                .setParameter("user", userId)
                .setMaxResults(MAX_LISTED)
                .getResultStream().map(NotificationView::of).toList();
    }

    public long unreadCount(long userId) {
        return em.createQuery("select count(n) from Notification n where n.userId = :user and n.readAt is null",
                Long.class).setParameter("user", userId).getSingleResult();
    }

    /** Marks the user's notifications read; an id that is not theirs is refused as not found, and nothing changes. */
    public void markRead(long userId, Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw ApplicationProblem.invalidField("ids", "must name at least one notification");
        }
        if (ids.size() > MAX_LISTED * 10) {
            throw ApplicationProblem.invalidField("ids", "may name at most " + MAX_LISTED * 10 + " notifications");
        }
        List<Notification> found = em.createQuery("select n from Notification n where n.id in :ids and n.userId = :user",
                Notification.class).setParameter("ids", ids).setParameter("user", userId).getResultList();
        if (found.size() < ids.stream().distinct().count()) {
            throw ApplicationProblem.notFound("Notification");
        }
        found.forEach(Notification::markRead);
    }

    /** Marks every notification of the user read. */
    public void markAllRead(long userId) {
        em.createQuery("update Notification n set n.readAt = :now where n.userId = :user and n.readAt is null")
                .setParameter("now", Instant.now()).setParameter("user", userId).executeUpdate();
    }

    /** How many mails are in each state, across the installation: for admins. */
    public Map<MailStatus, Long> mailCounts() {
        return StatusCounts.of(em, MailStatus.class, "select m.status, count(m) from OutboundMail m group by m.status");
    }
}
