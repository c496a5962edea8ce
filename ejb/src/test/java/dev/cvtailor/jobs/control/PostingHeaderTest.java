package dev.cvtailor.jobs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PostingHeaderTest {

    @Test
    void separatesTitleEmployerAndPlaceOnTheFirstLine() {
        assertEquals(new PostingHeader("Senior Backend Engineer (Java)", "Fjordline Payments", "Oslo (hybrid)"),
                PostingHeader.of(List.of("Senior Backend Engineer (Java) — Fjordline Payments, Oslo (hybrid)")));
        assertEquals(new PostingHeader("Data Engineer", "Acme Analytics", null),
                PostingHeader.of(List.of("Data Engineer at Acme Analytics")));
    }

    @Test
    void readsTheEmployerFromTheSecondLine() {
        assertEquals(new PostingHeader("Game Developer", "Pixelharbor Studio", "Amsterdam"),
                PostingHeader.of(List.of("Game Developer", "Pixelharbor Studio, Amsterdam")));
        assertEquals(new PostingHeader("Cloud Engineer", "Brightwater Cloud", "Copenhagen"),
                PostingHeader.of(List.of("Cloud Engineer", "Brightwater Cloud — Copenhagen")));
        assertEquals(new PostingHeader("Cloud Engineer", "Brightwater Cloud", null),
                PostingHeader.of(List.of("Cloud Engineer", "at Brightwater Cloud")));
    }

    @Test
    void leavesASentenceOnTheSecondLineAlone() {
        assertEquals(new PostingHeader("Cloud Engineer", null, null),
                PostingHeader.of(List.of("Cloud Engineer", "We are hiring, and we want you.")));
    }
}
