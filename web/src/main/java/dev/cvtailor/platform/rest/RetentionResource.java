package dev.cvtailor.platform.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import dev.cvtailor.audit.boundary.AuditTrail;
import dev.cvtailor.export.boundary.ExportService;
import dev.cvtailor.generation.boundary.GenerationService;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.entity.PurgeReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Retention for admins: the purges the timers run, run now (optionally as of a later time, which is how an admin
 * previews a change of periods and how the tests move the clock), and what is left of purged logs: counts.
 */
@Path("admin/retention")
@RolesAllowed("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    /** Exports in a month, per format and template. */
    public record ExportCount(String month, String format, String template, long exports) {
    }

    /** Audit events of a day, per type and outcome. */
    public record AuditCount(String day, String type, String outcome, long events) {
    }

    @Inject
    GenerationService generation;

    @Inject
    ExportService exports;

    @Inject
    AuditTrail audit;

    /** Runs every purge now, or as if it were {@code asOf} (ISO-8601), and tells what each did. */
    @POST
    @Path("purge")
    public List<PurgeReport> purge(@QueryParam("asOf") String asOf) {
        Instant now = asOf == null || asOf.isBlank() ? Instant.now() : instant("asOf", asOf);
        List<PurgeReport> reports = new ArrayList<>();
        reports.add(generation.purgeUnsaved(now));
        reports.addAll(exports.purgeLogs(now));
        reports.addAll(audit.aggregate(now));
        return reports;
    }

    @GET
    @Path("export-counts")
    public List<ExportCount> exportCounts() {
        return exports.monthlyCounts().stream().map(c -> new ExportCount(c.getMonth().toString(), c.getFormat(),
                c.getTemplate(), c.getExports())).toList();
    }

    @GET
    @Path("audit-counts")
    public List<AuditCount> auditCounts(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate first = from == null ? LocalDate.now().minusYears(3) : day("from", from);
        LocalDate last = to == null ? LocalDate.now().plusYears(3) : day("to", to);
        return audit.dailyCounts(first, last).stream().map(c -> new AuditCount(c.getDay().toString(),
                c.getType().name(), c.getOutcome().name(), c.getEvents())).toList();
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApplicationProblem.invalidField(name, "must be an ISO-8601 instant such as 2027-03-01T00:00:00Z");
        }
    }

    private static LocalDate day(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApplicationProblem.invalidField(name, "must be a date such as 2027-03-01");
        }
    }
}
