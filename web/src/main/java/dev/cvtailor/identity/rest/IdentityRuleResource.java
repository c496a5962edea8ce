package dev.cvtailor.identity.rest;

import java.util.List;

import dev.cvtailor.identity.boundary.IdentityService;
import dev.cvtailor.identity.entity.RuleDefinition;
import dev.cvtailor.platform.rest.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The rules that map a directory's groups or claims to roles, an organisation and cohorts: installation admins. */
@Path("admin/identity/rules")
@RolesAllowed("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IdentityRuleResource {

    @Inject
    IdentityService identity;

    @Inject
    Caller caller;

    @GET
    public List<RuleDefinition> rules() {
        return identity.rules(caller.id());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public List<RuleDefinition> replace(List<RuleDefinition> rules) {
        return identity.replaceRules(caller.id(), rules);
    }
}
