package dev.cvtailor.applications.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Someone at the employer: a recruiter, the hiring manager. Kept encrypted at rest. */
public record Contact(@NotBlank @Size(max = 200) String name, @Size(max = 200) String role,
        @Email @Size(max = 320) String email) {
}
