package dev.cvtailor.organisations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cvtailor.organisations.entity.InvitationRow;
import dev.cvtailor.platform.boundary.ApplicationProblem;

class InvitationCsvTest {

    @Test
    void linesAreTheFilesOwnCountingTheHeaderBlankLinesAndQuotedBreaks() {
        List<InvitationRow> rows = InvitationCsv.read("\uFEFFemail,role,cohort\r\na@example.com,member,Spring\r\n\r\n"
                + "\"b@example.com\",counsellor,\"Two\nlines\"\nc@example.com,org_admin\n");
        assertEquals(List.of(2L, 4L, 6L), rows.stream().map(InvitationRow::line).toList());
        assertEquals("Two\nlines", rows.get(1).cohort());
        assertEquals("", rows.get(2).cohort(), "a missing cohort is empty");
    }

    @Test
    void aFileWithoutAHeaderStartsAtLineOne() {
        assertEquals(1L, InvitationCsv.read("a@example.com,member,\n").get(0).line());
    }

    @Test
    void moreThanFiveThousandRowsAndEmptyFilesAreRefused() {
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i <= InvitationCsv.MAX_ROWS; i++) {
            csv.append("p").append(i).append("@example.com,member,\n");
        }
        assertEquals(ApplicationProblem.Kind.PAYLOAD_TOO_LARGE,
                assertThrows(ApplicationProblem.class, () -> InvitationCsv.read(csv.toString())).kind());
        assertEquals(ApplicationProblem.Kind.INVALID_INPUT,
                assertThrows(ApplicationProblem.class, () -> InvitationCsv.read("email,role,cohort\n")).kind());
    }
}
