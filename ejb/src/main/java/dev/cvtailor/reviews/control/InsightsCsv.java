package dev.cvtailor.reviews.control;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dev.cvtailor.reviews.entity.CohortInsights;
import dev.cvtailor.reviews.entity.CohortInsights.Figure;

/** Cohort insights as a CSV a spreadsheet opens: one line per cohort; suppressed cells say so rather than show 0. */
public final class InsightsCsv {

    static final String SUPPRESSED = "suppressed (fewer than " + CohortInsights.MIN_MEMBERS + " members)";

    private InsightsCsv() {
    }

    public static String of(List<CohortInsights> insights) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("cohort", "members",
                "documents", "submitted", "approved", "median_hours_to_first_review", "median_hours_to_approval",
                "readiness", "valid_evidence_share", "skill_gaps").get())) {
            for (CohortInsights cohort : insights) {
                csv.printRecord(cohort.cohortName(), cell(cohort.members()), cell(cohort.documents()),
                        cell(cohort.submitted()), cell(cohort.approved()), cell(cohort.medianHoursToFirstReview()),
                        cell(cohort.medianHoursToApproval()), cell(cohort.readiness()),
                        cell(cohort.validEvidenceShare()), cohort.skillGapsSuppressed() ? SUPPRESSED
                                : cohort.skillGaps().stream().map(g -> g.keyword() + " (" + g.members() + ")")
                                        .collect(Collectors.joining("; ")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String cell(Figure figure) {
        if (figure.suppressed()) {
            return SUPPRESSED;
        }
        if (figure.value() == null) {
            return "";
        }
        double value = figure.value();
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
