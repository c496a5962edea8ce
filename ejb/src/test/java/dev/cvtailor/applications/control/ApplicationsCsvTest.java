package dev.cvtailor.applications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cvtailor.applications.entity.ApplicationDraft;
import dev.cvtailor.applications.entity.ApplicationStatus;
import dev.cvtailor.applications.entity.JobApplication;
import dev.cvtailor.platform.boundary.ApplicationProblem;

/** Applications to CSV and back: quoting, dates, unknown columns, and every wrong row named by its line. */
class ApplicationsCsvTest {

    @Test
    void whatIsWrittenReadsBackTheSame() {
        JobApplication a = new JobApplication(1, "Globex, Inc.", "Data Engineer", ApplicationStatus.APPLIED,
                Instant.parse("2026-12-01T09:00:00Z"));
        a.describe("Globex, Inc.", "Data Engineer", null, "https://jobs.example/1", "Referral", "Call \"Hank\"",
                LocalDate.of(2027, 1, 15), null, "Two lines\nof notes", false, Instant.parse("2026-12-01T09:00:00Z"));
        List<ApplicationDraft> read = ApplicationsCsv.read(ApplicationsCsv.write(List.of(a)));
        assertEquals(1, read.size());
        ApplicationDraft d = read.get(0);
        assertEquals("Globex, Inc.", d.company());
        assertEquals("APPLIED", d.status());
        assertEquals("Call \"Hank\"", d.nextStep());
        assertEquals(LocalDate.of(2027, 1, 15), d.followUpOn());
        assertEquals("Two lines\nof notes", d.notes());
        assertEquals("https://jobs.example/1", d.url());
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAndCase() {
        List<ApplicationDraft> read = ApplicationsCsv.read("Role,Extra,COMPANY\nNurse,x,St Mary's\n");
        assertEquals("St Mary's", read.get(0).company());
        assertEquals("Nurse", read.get(0).role());
        assertEquals(null, read.get(0).status());
    }

    @Test
    void everyWrongRowIsNamedByItsLine() {
        ApplicationProblem refused = assertThrows(ApplicationProblem.class, () -> ApplicationsCsv.read(
                "company,role,status,follow_up_on\nA,B,APPLIED,2027-01-01\n,C,HIRED,15/01/2027\n"));
        String problems = refused.fieldProblems().toString();
        assertTrue(problems.contains("line 3: company") && problems.contains("line 3: status")
                && problems.contains("line 3: follow_up_on"), problems);
        ApplicationProblem broken = assertThrows(ApplicationProblem.class,
                () -> ApplicationsCsv.read("company,role\n\"Globex,Engineer\n"));
        assertTrue(broken.getMessage().startsWith("The file is not valid CSV"), broken.getMessage());
        assertThrows(ApplicationProblem.class, () -> ApplicationsCsv.read("name,title\nA,B\n"), "no company column");
    }
}
