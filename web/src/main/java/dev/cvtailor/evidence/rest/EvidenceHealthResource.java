package dev.cvtailor.evidence.rest;

import dev.cvtailor.evidence.boundary.EvidenceService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** For admins: how healthy the evidence links of the installation are (the evidence-health SLO). */
@Path("admin/evidence-health")
@RolesAllowed("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceHealthResource {

    @Inject
    EvidenceService evidence;

    @GET
    public EvidenceHealth health() {
        return EvidenceHealth.of(evidence.health());
    }
}
