package dev.cvtailor.accounts.rest;

import java.time.Instant;

import dev.cvtailor.accounts.entity.User;

/** An account as admins see it. */
public record UserResponse(long id, String email, String role, boolean enabled, Instant createdAt) {

    static UserResponse of(User user) {
        return new UserResponse(user.getId(), user.getEmail(), user.getRole().group, user.isEnabled(), user.getCreatedAt());
    }
}
