package dev.cvtailor.organisations.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.cvtailor.organisations.entity.Logo;
import dev.cvtailor.platform.boundary.ApplicationProblem;

class LogoSanitiserTest {

    @Test
    void anSvgKeepsItsDrawingAndInternalReferencesOnly() {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"/></linearGradient></defs>"
                + "<a href=\"https://example.com\"><rect width=\"1\" height=\"1\"/></a>"
                + "<rect width=\"2\" height=\"2\" fill=\"url(#g)\" onmouseover=\"x()\"/>"
                + "<use xlink:href=\"#g\"/><use href=\"data:image/svg+xml;base64,PHN2Zz4=\"/>"
                + "<style>@import url(https://example.com/x.css);</style><text>ACME</text></svg>";
        Logo logo = LogoSanitiser.sanitise(svg.getBytes(StandardCharsets.UTF_8));
        String kept = new String(logo.bytes(), StandardCharsets.UTF_8);
        assertEquals(Logo.SVG, logo.mediaType());
        assertTrue(kept.contains("fill=\"url(#g)\""), kept);
        assertTrue(kept.contains("href=\"#g\""), kept);
        assertTrue(kept.contains("ACME"), kept);
        for (String gone : new String[] {"example.com", "onmouseover", "data:image", "@import", "<a "}) {
            assertFalse(kept.contains(gone), gone + " in " + kept);
        }
    }

    @Test
    void entitiesAndDoctypesAreRefusedRatherThanExpanded() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>";
        assertEquals(ApplicationProblem.Kind.UNPROCESSABLE, assertThrows(ApplicationProblem.class,
                () -> LogoSanitiser.sanitise(xxe.getBytes(StandardCharsets.UTF_8))).kind());
    }

    @Test
    void htmlAndOversizedFilesAreRefused() {
        assertEquals(ApplicationProblem.Kind.UNPROCESSABLE, assertThrows(ApplicationProblem.class,
                () -> LogoSanitiser.sanitise("<html><body/></html>".getBytes(StandardCharsets.UTF_8))).kind());
        assertEquals(ApplicationProblem.Kind.PAYLOAD_TOO_LARGE, assertThrows(ApplicationProblem.class,
                () -> LogoSanitiser.sanitise(new byte[LogoSanitiser.MAX_BYTES + 1])).kind());
    }
}
