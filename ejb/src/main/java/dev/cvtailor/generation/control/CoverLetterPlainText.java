package dev.cvtailor.generation.control;

import dev.cvtailor.generation.entity.CoverLetterContent;
import dev.cvtailor.generation.entity.CvContent.Header;

/** The plain-text rendering of a cover letter: the API's {@code text}. */
public final class CoverLetterPlainText {

    private CoverLetterPlainText() {
    }

    public static String render(CoverLetterContent letter) {
        StringBuilder out = new StringBuilder();
        Header header = letter.header();
        out.append(header.name()).append('\n');
        java.util.stream.Stream.of(header.email(), header.phone(), header.location())
                .filter(s -> s != null && !s.isBlank()).forEach(s -> out.append(s).append('\n'));
        if (letter.recipient() != null && letter.recipient().company() != null) {
            out.append('\n').append(letter.recipient().company()).append('\n');
        }
        if (letter.recipient() != null && letter.recipient().role() != null) {
            out.append("Re: ").append(letter.recipient().role()).append('\n');
        }
        out.append('\n').append(letter.salutation()).append('\n');
        letter.paragraphs().forEach(p -> out.append('\n').append(p.text()).append('\n'));
        out.append('\n').append(letter.closing()).append('\n');
        return out.toString();
    }
}
