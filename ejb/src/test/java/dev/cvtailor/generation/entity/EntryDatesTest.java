package dev.cvtailor.generation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class EntryDatesTest {

    @Test
    void writesMonthAndYearNeverTheIsoForm() {
        assertEquals("Mar 2021 – Present", EntryDates.span(LocalDate.of(2021, 3, 1), null));
        assertEquals("Sep 2016 – Jun 2019", EntryDates.span(LocalDate.of(2016, 9, 1), LocalDate.of(2019, 6, 30)));
        assertEquals("Jun 2019", EntryDates.span(null, LocalDate.of(2019, 6, 30)));
        assertEquals("", EntryDates.span(null, null));
    }

    @Test
    void givesWhatHappenedOnceItsOneDate() {
        assertEquals("May 2022", EntryDates.once(LocalDate.of(2022, 5, 1), null));
        assertEquals("May 2022", CvSection.CERTIFICATIONS.dates(LocalDate.of(2022, 5, 1), null));
        assertEquals("May 2022 – Present", CvSection.EXPERIENCE.dates(LocalDate.of(2022, 5, 1), null));
    }
}
