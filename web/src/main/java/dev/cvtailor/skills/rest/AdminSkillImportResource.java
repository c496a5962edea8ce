package dev.cvtailor.skills.rest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import org.apache.commons.io.input.BOMInputStream;

import dev.cvtailor.audit.boundary.AuditTrail;
import dev.cvtailor.audit.entity.AuditType;
import dev.cvtailor.audit.entity.Outcome;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.rest.Caller;
import dev.cvtailor.skills.boundary.SkillService;
import dev.cvtailor.skills.entity.ImportReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Admins extend the taxonomy from the official files, sent as the request body: the ESCO skills CSV
 * ({@code text/csv}) and O*NET's Technology Skills ({@code text/tab-separated-values}). Importing a file
 * again adds nothing.
 */
@Path("admin/skills/import")
@RolesAllowed("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminSkillImportResource {

    @Inject
    SkillService skills;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @POST
    @Path("esco")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public ImportReport esco(InputStream body) {
        return importFile(body, skills::importEsco);
    }

    @POST
    @Path("onet")
    @Consumes({"text/tab-separated-values", MediaType.TEXT_PLAIN})
    public ImportReport onet(InputStream body) {
        return importFile(body, skills::importOnet);
    }

    private ImportReport importFile(InputStream body, Function<Reader, ImportReport> importer) {
        try (Reader reader = new InputStreamReader(BOMInputStream.builder()
                .setInputStream(new BufferedInputStream(body)).get(), StandardCharsets.UTF_8)) {
            ImportReport report = importer.apply(reader);
            audit.record(caller.id(), AuditType.TAXONOMY_IMPORT, Outcome.SUCCESS, report.toString());
            return report;
        } catch (IOException e) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "The file could not be read");
        }
    }
}
