package dev.cvtailor.notifications.rest;

import java.util.List;

import dev.cvtailor.notifications.boundary.NotificationService;
import dev.cvtailor.notifications.entity.NotificationView;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.rest.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The caller's notifications (the bell), newest first, and marking them read. */
@Path("me/notifications")
@RolesAllowed({"user", "admin"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @Inject
    Caller caller;

    /** {@code POST /me/notifications/read}: which to mark read. */
    public record ReadRequest(List<Long> ids) {
    }

    @GET
    public List<NotificationView> list(@QueryParam("unread") boolean unread) {
        return notifications.list(caller.id(), unread);
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response read(ReadRequest body) {
        if (body == null) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "A body {ids:[...]} is required");
        }
        notifications.markRead(caller.id(), body.ids());
        return Response.noContent().build();
    }
}
