package dev.cvtailor.jobs.ui;

import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;

import dev.cvtailor.jobs.entity.JobDescription;
import dev.cvtailor.jobs.entity.ParsedJobDescription;

/** What the parser read in a posting: who is hiring for what, and what it must and would like to have. */
public class PostingSummary extends Div {

    private static final long serialVersionUID = 1L;

    public PostingSummary(JobDescription posting) {
        setId("posting-summary");
        ParsedJobDescription parsed = posting.parsed();
        H3 title = new H3(orElse(parsed.title(), getTranslation("posting.untitled")));
        title.setId("posting-title");
        title.addClassNames(LumoUtility.Margin.NONE);
        add(title);
        String facts = String.join(" · ", Stream.of(parsed.company(), parsed.location(), parsed.seniority(),
                parsed.yearsOfExperience() == null ? null : getTranslation("posting.years", parsed.yearsOfExperience()))
                .filter(s -> s != null && !s.isBlank()).toList());
        if (!facts.isEmpty()) {
            Paragraph line = new Paragraph(facts);
            line.setId("posting-facts");
            add(line);
        }
        list("posting.mustHave", parsed.requirements().mustHave(), "posting-must");
        list("posting.niceToHave", parsed.requirements().niceToHave(), "posting-nice");
    }

    private void list(String headingKey, List<String> lines, String id) {
        if (lines.isEmpty()) {
            return;
        }
        H4 heading = new H4(getTranslation(headingKey));
        heading.addClassNames(LumoUtility.Margin.Bottom.XSMALL);
        UnorderedList list = new UnorderedList(lines.stream().limit(15).map(ListItem::new).toArray(ListItem[]::new));
        list.setId(id);
        add(heading, list);
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
