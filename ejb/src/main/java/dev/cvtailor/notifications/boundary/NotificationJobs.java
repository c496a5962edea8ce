package dev.cvtailor.notifications.boundary;

import dev.cvtailor.platform.control.JobSchedule;
import dev.cvtailor.platform.control.TimerJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

/** The notifications' timer job: mails whose message was lost are queued again, every five minutes. */
@ApplicationScoped
public class NotificationJobs {

    static final String RECOVER_LOST_MAILS = "recover-lost-mails";

    @Inject
    NotificationService notifications;

    @Produces
    TimerJob recoverLostMails() {
        return new TimerJob(RECOVER_LOST_MAILS, JobSchedule.everyMinutes(5), notifications::recoverLostMails);
    }
}
