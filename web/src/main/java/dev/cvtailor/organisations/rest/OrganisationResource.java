package dev.cvtailor.organisations.rest;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.cvtailor.organisations.boundary.OrganisationService;
import dev.cvtailor.organisations.entity.BulkInvitationReport;
import dev.cvtailor.organisations.entity.IssuedInvitation;
import dev.cvtailor.organisations.entity.Logo;
import dev.cvtailor.organisations.entity.MemberView;
import dev.cvtailor.organisations.entity.OrgRole;
import dev.cvtailor.organisations.entity.Organisation;
import dev.cvtailor.organisations.rest.OrganisationRequests.MemberPatch;
import dev.cvtailor.organisations.rest.OrganisationRequests.NewCohort;
import dev.cvtailor.organisations.rest.OrganisationRequests.NewInvitation;
import dev.cvtailor.organisations.rest.OrganisationRequests.NewOrganisation;
import dev.cvtailor.organisations.rest.OrganisationRequests.OrganisationPatch;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.entity.Page;
import dev.cvtailor.platform.rest.BodySizeLimit;
import dev.cvtailor.platform.rest.Caller;
import dev.cvtailor.platform.rest.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Career-services organisations: settings, branding, invitations, members and cohorts. */
@Path("orgs")
@RolesAllowed({"user", "admin"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    /** 5,000 lines of a long address, a role and a long cohort name fit easily. */
    static final int MAX_CSV_BYTES = 2 * 1024 * 1024;

    @Inject
    OrganisationService organisations;

    @Inject
    Caller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewOrganisation body) {
        NewOrganisation required = required(body);
        Organisation created = organisations.create(caller.id(), required.name(), required.slug());
        return Response.created(URI.create("orgs/" + created.getId())).entity(OrganisationResponse.of(created, null))
                .build();
    }

    @GET
    public List<OrganisationResponse> list() {
        long me = caller.id();
        return organisations.visible(me).stream().map(o -> response(me, o)).toList();
    }

    @GET
    @Path("{id}")
    public OrganisationResponse find(@PathParam("id") long id) {
        long me = caller.id();
        return response(me, organisations.find(me, id));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrganisationResponse update(@PathParam("id") long id, OrganisationPatch body) {
        long me = caller.id();
        return response(me, organisations.update(me, id, required(body).change()));
    }

    @PUT
    @Path("{id}/logo")
    @Consumes({"image/png", "image/svg+xml", MediaType.APPLICATION_OCTET_STREAM})
    public OrganisationResponse logo(@PathParam("id") long id, InputStream body) {
        long me = caller.id();
        byte[] bytes = BodySizeLimit.readAtMost(body, OrganisationService.MAX_LOGO_BYTES, "The logo may be at most 200 KB");
        return response(me, organisations.setLogo(me, id, bytes));
    }

    @GET
    @Path("{id}/logo")
    @Produces({"image/png", "image/svg+xml"})
    public Response readLogo(@PathParam("id") long id) {
        Logo logo = organisations.logo(caller.id(), id).orElseThrow(() -> ApplicationProblem.notFound("Logo"));
        return Response.ok(logo.bytes(), logo.mediaType())
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("{id}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response invite(@PathParam("id") long id, NewInvitation body) {
        NewInvitation required = required(body);
        IssuedInvitation issued = organisations.invite(caller.id(), id, required.email(), required.role(),
                required.cohortIds());
        return Response.created(URI.create("orgs/" + id + "/invitations/" + issued.invitation().getId()))
                .entity(InvitationResponse.of(issued.invitation(), issued.token())).build();
    }

    @POST
    @Path("{id}/invitations/bulk")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public BulkInvitationReport inviteAll(@PathParam("id") long id, InputStream body) {
        byte[] csv = BodySizeLimit.readAtMost(body, MAX_CSV_BYTES, "An invitation file may have at most 2 MB");
        return organisations.inviteAll(caller.id(), id, new String(csv, StandardCharsets.UTF_8));
    }

    @GET
    @Path("{id}/invitations")
    public List<InvitationResponse> invitations(@PathParam("id") long id) {
        return organisations.pendingInvitations(caller.id(), id).stream().map(i -> InvitationResponse.of(i, null))
                .toList();
    }

    @DELETE
    @Path("{id}/invitations/{invitationId}")
    public Response revoke(@PathParam("id") long id, @PathParam("invitationId") long invitationId) {
        organisations.revokeInvitation(caller.id(), id, invitationId);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/members")
    public Page<MemberView> members(@PathParam("id") long id, @QueryParam("role") String role,
            @QueryParam("cohortId") String cohortId, @QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return organisations.members(caller.id(), id, role, QueryParameters.id("cohortId", cohortId), q,
                QueryParameters.integer("page", page, 0), QueryParameters.integer("size", size, 50));
    }

    @PATCH
    @Path("{id}/members/{userId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MemberView changeMember(@PathParam("id") long id, @PathParam("userId") long userId, MemberPatch body) {
        MemberPatch required = required(body);
        return organisations.changeMember(caller.id(), id, userId, required.role(), required.cohortIds());
    }

    @DELETE
    @Path("{id}/members/{userId}")
    public Response removeMember(@PathParam("id") long id, @PathParam("userId") long userId) {
        organisations.removeMember(caller.id(), id, userId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/cohorts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createCohort(@PathParam("id") long id, NewCohort body) {
        NewCohort required = required(body);
        CohortResponse created = CohortResponse.of(organisations.createCohort(caller.id(), id, required.name(),
                required.targetRoles()));
        return Response.created(URI.create("orgs/" + id + "/cohorts/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}/cohorts")
    public List<CohortResponse> cohorts(@PathParam("id") long id) {
        return organisations.cohorts(caller.id(), id).stream().map(CohortResponse::of).toList();
    }

    private OrganisationResponse response(long me, Organisation organisation) {
        OrgRole role = organisations.roleIn(me, organisation.getId());
        return OrganisationResponse.of(organisation, role == null ? null : role.name());
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "A JSON body is required");
        }
        return body;
    }
}
