package dev.cvtailor.identity.rest;

import java.util.List;

import dev.cvtailor.identity.boundary.IdentityService;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The configured ways to sign in, for clients that build their own sign-in page. */
@Path("auth/providers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProviderResource {

    @Inject
    IdentityService identity;

    @GET
    @PermitAll
    public List<ProviderResponse> providers() {
        return identity.providers().stream().map(ProviderResponse::of).toList();
    }
}
