package dev.cvtailor.organisations.rest;

import java.time.Instant;

import dev.cvtailor.organisations.entity.OrgSettings;
import dev.cvtailor.organisations.entity.Organisation;

/** An organisation as its members and admins see it; {@code role} is the caller's role there, if any. */
public record OrganisationResponse(long id, String name, String slug, OrgSettings settings, Branding branding,
        String role, Instant createdAt) {

    /** The organisation's colour and where its logo is served, if it has one. */
    public record Branding(String accentColour, String logo) {
    }

    public static OrganisationResponse of(Organisation o, String role) {
        return new OrganisationResponse(o.getId(), o.getName(), o.getSlug(), o.settings(),
                new Branding(o.getAccentColour(), o.hasLogo() ? "/api/v1/orgs/" + o.getId() + "/logo" : null), role,
                o.getCreatedAt());
    }
}
