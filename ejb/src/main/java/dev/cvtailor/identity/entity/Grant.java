package dev.cvtailor.identity.entity;

import java.util.Set;

import dev.cvtailor.organisations.entity.OrgRole;

/** What the rules give one sign-in: installation admin or not, and a role in at most one organisation. */
public record Grant(boolean installationAdmin, String organisation, OrgRole role, Set<String> cohorts) {

    public static final Grant NOTHING = new Grant(false, null, null, Set.of());

    public boolean inOrganisation() {
        return organisation != null;
    }
}
