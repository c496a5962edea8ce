package dev.cvtailor.organisations.rest;

import java.util.List;

import dev.cvtailor.organisations.entity.OrgChange;

/** The bodies the organisation endpoints take. */
public final class OrganisationRequests {

    private OrganisationRequests() {
    }

    /** {@code POST /orgs}. */
    public record NewOrganisation(String name, String slug) {
    }

    /** {@code PATCH /orgs/{id}}: each part optional. */
    public record OrganisationPatch(String name, OrgChange.SettingsChange settings, BrandingPatch branding) {

        public OrgChange change() {
            return new OrgChange(name, settings, branding == null ? null : branding.accentColour());
        }
    }

    /** The branding that can be set as JSON (the logo has its own endpoint). */
    public record BrandingPatch(String accentColour) {
    }

    /** {@code POST /orgs/{id}/invitations}. */
    public record NewInvitation(String email, String role, List<Long> cohortIds) {
    }

    /** {@code PATCH /orgs/{id}/members/{userId}}. */
    public record MemberPatch(String role, List<Long> cohortIds) {
    }

    /** {@code POST /orgs/{id}/cohorts}. */
    public record NewCohort(String name, List<String> targetRoles) {
    }
}
