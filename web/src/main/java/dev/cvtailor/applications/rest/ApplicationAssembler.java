package dev.cvtailor.applications.rest;

import java.util.List;

import dev.cvtailor.applications.boundary.ApplicationService;
import dev.cvtailor.applications.entity.JobApplication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Builds the API's view of applications: each with its contacts (decrypted) and its history. */
@ApplicationScoped
public class ApplicationAssembler {

    @Inject
    ApplicationService applications;

    public ApplicationResponse response(long owner, JobApplication a) {
        return ApplicationResponse.of(a, applications.contacts(a), applications.history(owner, a.getId()));
    }

    /** All of the owner's applications (for the owner's own data export). */
    public List<ApplicationResponse> all(long owner) {
        return applications.list(owner, null, null).stream().map(a -> response(owner, a)).toList();
    }
}
