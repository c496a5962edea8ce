package dev.cvtailor.imports.rest;

import dev.cvtailor.imports.boundary.ImportService;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.rest.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A draft import: {@code GET /imports/{id}} (its status, and while it is ready its proposals) and
 * {@code POST /imports/{id}/confirm} (the proposals kept become artifacts). Anyone else's import is a 404.
 */
@Path("imports/{id}")
@RolesAllowed({"user", "admin"})
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportDraftResource {

    @Inject
    ImportService imports;

    @Inject
    Caller caller;

    @GET
    public ImportResponse get(@PathParam("id") long id) {
        return ImportResponse.of(imports.find(caller.id(), id));
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConfirmedImport confirm(@PathParam("id") long id, ConfirmRequest request) {
        if (request == null) {
            throw ApplicationProblem.invalidField("accept", "must name at least one proposal to keep");
        }
        return new ConfirmedImport(imports.confirm(caller.id(), id, request.accept()));
    }
}
