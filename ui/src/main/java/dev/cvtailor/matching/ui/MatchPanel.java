package dev.cvtailor.matching.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

import dev.cvtailor.artifacts.ui.ArtifactsView;
import dev.cvtailor.matching.entity.MatchReport;

/**
 * The match report in words a job seeker understands: a score out of 100, then every must-have keyword marked
 * as covered (by which artifacts) or missing (and what to do about it), the nice-to-haves folded below.
 */
public class MatchPanel extends Div {

    private static final long serialVersionUID = 1L;

    public MatchPanel(MatchReport report) {
        setId("match-report");
        Map<Long, String> titles = report.artifacts().stream()
                .collect(Collectors.toMap(MatchReport.RankedArtifact::id, MatchReport.RankedArtifact::title, (a, b) -> a));

        Span score = new Span(String.valueOf(report.score()));
        score.setId("match-score");
        score.addClassNames(LumoUtility.FontSize.XXXLARGE, LumoUtility.FontWeight.BOLD);
        Span outOf = new Span(" / 100 · " + getTranslation(report.score() >= 70 ? "match.strong"
                : report.score() >= 40 ? "match.partial" : "match.weak"));
        outOf.addClassNames(LumoUtility.TextColor.SECONDARY);
        ProgressBar gauge = new ProgressBar(0, 100, report.score());
        gauge.setId("match-gauge");
        gauge.getElement().setAttribute("aria-label", getTranslation("match.gauge", report.score()));
        gauge.addThemeVariants(report.score() >= 70 ? ProgressBarVariant.LUMO_SUCCESS
                : report.score() >= 40 ? ProgressBarVariant.LUMO_CONTRAST : ProgressBarVariant.LUMO_ERROR);
        add(new Div(score, outOf), gauge);

        List<MatchReport.KeywordCoverage> critical = report.keywords().stream().filter(MatchReport.KeywordCoverage::critical)
                .toList();
        List<MatchReport.KeywordCoverage> other = report.keywords().stream().filter(k -> !k.critical()).toList();
        H4 heading = new H4(getTranslation("match.critical"));
        heading.addClassNames(LumoUtility.Margin.Bottom.XSMALL);
        UnorderedList mustHave = keywords(critical, titles);
        mustHave.setId("match-critical");
        add(heading, critical.isEmpty() ? new Span(getTranslation("match.noCritical")) : mustHave);
        if (!other.isEmpty()) {
            Details more = new Details(getTranslation("match.other", other.size()), keywords(other, titles));
            add(more);
        }
    }

    private UnorderedList keywords(List<MatchReport.KeywordCoverage> keywords, Map<Long, String> titles) {
        UnorderedList list = new UnorderedList();
        list.getStyle().set("list-style", "none").set("padding-left", "0");
        for (MatchReport.KeywordCoverage keyword : keywords) {
            ListItem item = new ListItem();
            item.addClassName(keyword.covered() ? "keyword-covered" : "keyword-missing");
            item.getElement().setAttribute("data-term", keyword.term());
            var icon = keyword.covered() ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.WARNING.create();
            icon.setColor(keyword.covered() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
            icon.setSize("var(--lumo-icon-size-s)");
            icon.getElement().setAttribute("aria-hidden", "true");
            Span term = new Span(" " + keyword.term() + " ");
            term.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            item.add(icon, term);
            if (keyword.covered()) {
                Span backing = new Span(getTranslation("match.coveredBy", keyword.artifactIds().stream()
                        .map(id -> titles.getOrDefault(id, "#" + id)).limit(3).collect(Collectors.joining(", "))));
                backing.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
                item.add(backing);
            } else {
                Span hint = new Span(getTranslation("match.missingHint") + " ");
                hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
                item.add(hint, new RouterLink(getTranslation("match.addArtifact"), ArtifactsView.class));
            }
            list.add(item);
        }
        return list;
    }
}
