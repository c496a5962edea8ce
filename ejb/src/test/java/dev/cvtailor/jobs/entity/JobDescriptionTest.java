package dev.cvtailor.jobs.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class JobDescriptionTest {

    @Test
    void hashesTheSameTextAlikeWhateverItsBlanks() {
        assertEquals(JobDescription.hashOf("Senior  Java\nEngineer "), JobDescription.hashOf("Senior Java Engineer"));
        assertNotEquals(JobDescription.hashOf("Senior Java Engineer"), JobDescription.hashOf("Junior Java Engineer"));
        assertEquals(64, JobDescription.hashOf("x").length());
    }

    @Test
    void takesItsTitleFromTheFirstLineWhenNoneIsGiven() {
        JobDescription jd = new JobDescription(1, "\n  Data Engineer \nWe need SQL.", null, null, null);
        assertEquals("Data Engineer", jd.getTitle());
    }
}
