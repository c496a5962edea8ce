package dev.cvtailor.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.CvContent.Entry;
import dev.cvtailor.jobs.entity.ParsedJobDescription.Keyword;

/**
 * What rows store as JSON reads back, with JSON-B as the server runs it (Yasson): a record it reads must keep one
 * constructor, and what older rows lack (fields added since) reads as empty.
 */
class JsonColumnTest {

    @Test
    void aCvReadsBackWithEverySection() {
        Entry award = new Entry(5L, "Engineer of the year", "Acme", LocalDate.of(2024, 1, 1), null, List.of());
        CvContent cv = new CvContent(new CvContent.Header("Ada", "ada@example.com", null, null, List.of()), "Summary",
                List.of(new CvContent.Skill("Java", null)), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(award));
        assertEquals(cv, JsonColumn.read(JsonColumn.write(cv), CvContent.class));
    }

    @Test
    void aCvStoredBeforePublicationsAndAwardsReadsWithNone() {
        CvContent old = JsonColumn.read("{\"header\":{\"name\":\"Ada\",\"links\":[]},\"summary\":\"S\",\"skills\":[],"
                + "\"experience\":[],\"projects\":[],\"education\":[],\"certifications\":[]}", CvContent.class);
        assertEquals(List.of(), old.publications());
        assertEquals(List.of(), old.awards());
    }

    @Test
    void aKeywordReadsBackWithItsAlternativesOrWithout() {
        Keyword either = new Keyword("Go", "Go", "Programming languages", true, 3, "Go or Python");
        assertEquals(either, JsonColumn.read(JsonColumn.write(either), Keyword.class));
        Keyword old = JsonColumn.read("{\"term\":\"Java\",\"skill\":\"Java\",\"critical\":true,\"weight\":2.0}",
                Keyword.class);
        assertNull(old.anyOf());
    }
}
