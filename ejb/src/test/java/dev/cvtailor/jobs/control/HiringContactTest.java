package dev.cvtailor.jobs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class HiringContactTest {

    @Test
    void readsThePersonAPostingNamesToWriteTo() {
        assertEquals(Optional.of("Jane Smith"), HiringContact.in("About the role\nHiring manager: Jane Smith\n"));
        assertEquals(Optional.of("Dr Lee Chan"), HiringContact.in("Contact: Dr Lee Chan, Head of Data"));
        assertEquals(Optional.of("Maria O'Neill"), HiringContact.in("Please send your application to Maria O'Neill"
                + " by 1 March."));
    }

    @Test
    void takesNoTeamOrRoleForAPerson() {
        assertEquals(Optional.empty(), HiringContact.in("Contact: Talent Acquisition"));
        assertEquals(Optional.empty(), HiringContact.in("Hiring manager: Department Manager"));
        assertEquals(Optional.empty(), HiringContact.in("We are a team of 40 engineers in Oslo."));
    }
}
