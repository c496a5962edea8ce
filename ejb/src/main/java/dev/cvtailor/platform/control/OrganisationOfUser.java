package dev.cvtailor.platform.control;

import java.util.OptionalLong;

/**
 * The organisation a user belongs to, as the organisations component knows it: asked by the feature flags for
 * their allow-lists, implemented above (organisations), so that platform depends on nothing above it.
 */
public interface OrganisationOfUser {

    OptionalLong of(long userId);
}
