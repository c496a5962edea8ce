package dev.cvtailor.platform.rest;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.boundary.QualityReports;
import dev.cvtailor.platform.entity.Report;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The daily summaries and weekly quality reports, for admins: read, computed again for a day, mailed on request. */
@Path("admin/reports")
@RolesAllowed("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    /** A report as the API shows it: its period (end exclusive) and its figures. */
    public record ReportView(String kind, String periodStart, String periodEnd, String createdAt, JsonObject figures) {

        static ReportView of(Report report) {
            try (var reader = Json.createReader(new StringReader(report.getBody()))) {
                return new ReportView(report.getKind(), report.getPeriodStart().toString(),
                        report.getPeriodEnd().toString(), report.getCreatedAt().toString(), reader.readObject());
            }
        }
    }

    /** Whether the calling admin gets the reports by e-mail. */
    public record MailChoice(Boolean wanted) {
    }

    @Inject
    QualityReports reports;

    @Inject
    Caller caller;

    @GET
    public List<ReportView> list(@QueryParam("kind") String kind, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return reports.list(kind(kind), from == null ? today.minusDays(90) : day("from", from),
                to == null ? today : day("to", to)).stream().map(ReportView::of).toList();
    }

    /** Computes the report of a day (daily), or of the week holding it (weekly), now; yesterday when none is named. */
    @POST
    @Path("run")
    public ReportView run(@QueryParam("kind") String kind, @QueryParam("date") String date) {
        LocalDate day = date == null ? LocalDate.now(ZoneOffset.UTC).minusDays(1) : day("date", date);
        return ReportView.of(kind(kind) == Report.Kind.DAILY ? reports.daily(day) : reports.weekly(day));
    }

    @PUT
    @Path("mail")
    @Consumes(MediaType.APPLICATION_JSON)
    public MailChoice mail(MailChoice choice) {
        if (choice == null || choice.wanted() == null) {
            throw ApplicationProblem.invalidField("wanted", "must be true or false");
        }
        reports.mailTo(caller.id(), choice.wanted());
        return new MailChoice(reports.mailsTo(caller.id()));
    }

    private static Report.Kind kind(String kind) {
        if (kind == null) {
            throw ApplicationProblem.invalidField("kind", "must be daily or weekly");
        }
        try {
            return Report.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApplicationProblem.invalidField("kind", "must be daily or weekly");
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
