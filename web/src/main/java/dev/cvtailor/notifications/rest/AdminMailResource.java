package dev.cvtailor.notifications.rest;

import java.util.Map;

import dev.cvtailor.notifications.boundary.NotificationService;
import dev.cvtailor.notifications.entity.MailStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** For admins: how many e-mails wait, went out, or were given up on (a mail server refusing shows here). */
@Path("admin/mail")
@RolesAllowed("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminMailResource {

    @Inject
    NotificationService notifications;

    @GET
    public Map<MailStatus, Long> counts() {
        return notifications.mailCounts();
    }
}
