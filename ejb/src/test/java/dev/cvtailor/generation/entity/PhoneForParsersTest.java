package dev.cvtailor.generation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PhoneForParsersTest {

    @Test
    void writesAnInternationalNumberUnbroken() {
        assertEquals("+46701234567", PhoneForParsers.of("+46 70 123 45 67"));
        assertEquals("+41440000000", PhoneForParsers.of(" +41 (44) 000-00-00 "));
    }

    @Test
    void leavesOtherNumbersAsWritten() {
        assertEquals("(912) 555-4321", PhoneForParsers.of("(912) 555-4321"));
        assertEquals("+46 70 123 45 67 ext. 12", PhoneForParsers.of("+46 70 123 45 67 ext. 12"));
        assertNull(PhoneForParsers.of(null));
    }
}
