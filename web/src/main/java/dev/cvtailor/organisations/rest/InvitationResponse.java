package dev.cvtailor.organisations.rest;

import java.time.Instant;
import java.util.List;

import dev.cvtailor.organisations.entity.Invitation;

/** An invitation; {@code token} only in the answer to the request that made it (it is stored nowhere). */
public record InvitationResponse(long id, String email, String role, List<Long> cohortIds, Instant expiresAt,
        String token) {

    public static InvitationResponse of(Invitation invitation, String token) {
        return new InvitationResponse(invitation.getId(), invitation.getEmail(), invitation.getRole().name(),
                invitation.cohortIds(), invitation.getExpiresAt(), token);
    }
}
