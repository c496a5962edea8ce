package dev.cvtailor.jobs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

class PostingHeaderTest {

    /** A taxonomy that knows two skills. */
    static PostingHeader header(List<String> lines) {
        return PostingHeader.of(lines, name -> Set.of("java", "kafka").contains(name.toLowerCase(Locale.ROOT)));
    }

    @Test
    void readsASkillAfterTheDashAsPartOfTheTitle() {
        assertEquals(new PostingHeader("Software Engineer - Java", null, null),
                header(List.of("Software Engineer - Java")));
        assertEquals(new PostingHeader("Data Engineer", null, null), header(List.of("Data Engineer", "Kafka")));
    }

    @Test
    void separatesTitleEmployerAndPlaceOnTheFirstLine() {
        assertEquals(new PostingHeader("Senior Backend Engineer (Java)", "Fjordline Payments", "Oslo (hybrid)"),
                header(List.of("Senior Backend Engineer (Java) — Fjordline Payments, Oslo (hybrid)")));
        assertEquals(new PostingHeader("Data Engineer", "Acme Analytics", null),
                header(List.of("Data Engineer at Acme Analytics")));
    }

    @Test
    void readsTheEmployerFromTheSecondLine() {
        assertEquals(new PostingHeader("Game Developer", "Pixelharbor Studio", "Amsterdam"),
                header(List.of("Game Developer", "Pixelharbor Studio, Amsterdam")));
        assertEquals(new PostingHeader("Cloud Engineer", "Brightwater Cloud", "Copenhagen"),
                header(List.of("Cloud Engineer", "Brightwater Cloud — Copenhagen")));
        assertEquals(new PostingHeader("Cloud Engineer", "Brightwater Cloud", null),
                header(List.of("Cloud Engineer", "at Brightwater Cloud")));
    }

    @Test
    void leavesASentenceOnTheSecondLineAlone() {
        assertEquals(new PostingHeader("Cloud Engineer", null, null),
                header(List.of("Cloud Engineer", "We are hiring, and we want you.")));
    }
}
