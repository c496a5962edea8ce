package dev.cvtailor.organisations.control;

import java.util.OptionalLong;

import dev.cvtailor.organisations.entity.Membership;
import dev.cvtailor.platform.control.OrganisationOfUser;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A user's organisation, for a feature flag's allow-list of organisations. */
@Stateless
public class MembershipsForFlags implements OrganisationOfUser {

    @PersistenceContext
    EntityManager em;

    @Override
    public OptionalLong of(long userId) {
        Membership membership = em.find(Membership.class, userId);
        return membership == null ? OptionalLong.empty() : OptionalLong.of(membership.getOrganisationId());
    }
}
