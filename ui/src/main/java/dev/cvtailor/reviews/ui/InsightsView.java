package dev.cvtailor.reviews.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;

import dev.cvtailor.organisations.boundary.OrganisationService;
import dev.cvtailor.organisations.entity.Cohort;
import dev.cvtailor.organisations.entity.OrgMembership;
import dev.cvtailor.organisations.entity.Organisation;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.reviews.boundary.ReviewService;
import dev.cvtailor.reviews.entity.CohortInsights;
import dev.cvtailor.reviews.entity.CohortInsights.Figure;
import dev.cvtailor.reviews.entity.CohortInsights.KeywordGap;
import dev.cvtailor.ui.MainLayout;
import dev.cvtailor.ui.ProblemNotice;
import dev.cvtailor.ui.SignedInUser;
import dev.cvtailor.ui.ViewFrame;
import jakarta.inject.Inject;

/**
 * How each cohort is doing, for its counsellors and the organisation's admins: the figures in a table, bar charts
 * of the counts and of the keywords members most often cannot back, and a CSV download. Any figure drawn from fewer
 * than five members reads "hidden", never a number, so nothing points at one person.
 */
@Route(value = "insights", layout = MainLayout.class)
public class InsightsView extends ViewFrame {

    private static final long serialVersionUID = 1L;

    private final ReviewService reviews;
    private final OrganisationService organisations;
    private final long callerId = SignedInUser.require().id();
    private final ComboBox<Cohort> cohort = new ComboBox<>();
    private final Div content = new Div();
    private Long organisationId;

    @Inject
    public InsightsView(ReviewService reviews, OrganisationService organisations) {
        super("insights.title");
        this.reviews = reviews;
        this.organisations = organisations;
        Optional<OrgMembership> membership = organisations.organisationOf(callerId).filter(m -> m.role().reviews());
        content.setId("insights-content");
        content.setWidthFull();
        add(new Paragraph(getTranslation("insights.explain", CohortInsights.MIN_MEMBERS)));

        cohort.setLabel(getTranslation("insights.cohort"));
        cohort.setId("insights-cohort");
        cohort.setItemLabelGenerator(Cohort::getName);
        cohort.setClearButtonVisible(true);
        cohort.setPlaceholder(getTranslation("queue.allCohorts"));
        cohort.addValueChangeListener(change -> refresh());
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = reviews.insightsCsv(callerId, organisationId, selectedCohort())
                    .getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "cohort-insights.csv", "text/csv",
                    bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation("insights.csv"));
        csv.setId("insights-csv");
        HorizontalLayout controls = new HorizontalLayout();
        controls.setWrap(true);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        if (membership.isPresent()) {
            choose(membership.get().organisationId());
        } else if (SignedInUser.isAdmin()) {
            Select<Organisation> pick = new Select<>();
            pick.setLabel(getTranslation("insights.organisation"));
            pick.setId("insights-organisation");
            pick.setItems(organisations.visible(callerId));
            pick.setItemLabelGenerator(Organisation::getName);
            pick.addValueChangeListener(change -> choose(change.getValue().getId()));
            controls.add(pick);
        } else {
            Paragraph none = new Paragraph(getTranslation("insights.notReviewer"));
            none.setId("insights-not-reviewer");
            add(none);
            return;
        }
        controls.add(cohort, csv);
        add(controls, content);
    }

    private void choose(long organisation) {
        organisationId = organisation;
        cohort.setItems(organisations.cohorts(callerId, organisation));
        refresh();
    }

    private Long selectedCohort() {
        return cohort.getValue() == null ? null : cohort.getValue().getId();
    }

    private void refresh() {
        content.removeAll();
        if (organisationId == null) {
            return;
        }
        List<CohortInsights> insights;
        try {
            insights = reviews.insights(callerId, organisationId, selectedCohort());
        } catch (ApplicationProblem problem) {
            ProblemNotice.show(problem);
            return;
        }
        if (insights.isEmpty()) {
            content.add(new Paragraph(getTranslation("insights.noCohorts")));
            return;
        }
        content.add(figuresTable(insights), countsChart(insights));
        for (CohortInsights cohortInsights : insights) {
            content.add(skillGaps(cohortInsights));
        }
    }

    // ---- the figures, in a table for everyone

    private Component figuresTable(List<CohortInsights> insights) {
        NativeTable table = new NativeTable();
        table.setId("insights-table");
        table.setCaptionText(getTranslation("insights.tableCaption"));
        table.getStyle().set("border-collapse", "collapse").set("width", "100%");
        table.addClassNames(LumoUtility.FontSize.SMALL);
        NativeTableRow head = table.getHead().addRow();
        for (String column : List.of("cohort", "members", "documents", "submitted", "approved", "firstReview",
                "approval", "readiness", "validEvidence")) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(getTranslation("insights.column." + column));
            cell.getElement().setAttribute("scope", "col");
            pad(cell).getStyle().set("text-align", "left");
        }
        for (CohortInsights c : insights) {
            NativeTableRow row = table.getBody().addRow();
            row.addClassName("insights-row");
            row.getElement().setAttribute("data-cohort", c.cohortName());
            NativeTableHeaderCell name = row.addHeaderCell();
            name.setText(c.cohortName());
            name.getElement().setAttribute("scope", "row");
            pad(name).getStyle().set("text-align", "left");
            cell(row, c.members(), this::count);
            cell(row, c.documents(), this::count);
            cell(row, c.submitted(), this::count);
            cell(row, c.approved(), this::count);
            cell(row, c.medianHoursToFirstReview(), this::hours);
            cell(row, c.medianHoursToApproval(), this::hours);
            cell(row, c.readiness(), this::percent);
            cell(row, c.validEvidenceShare(), this::percent);
        }
        Div scroll = new Div(table);
        scroll.getStyle().set("overflow-x", "auto");
        return scroll;
    }

    private void cell(NativeTableRow row, Figure figure, Function<Double, String> format) {
        NativeTableCell cell = row.addDataCell();
        cell.addClassName("figure");
        cell.getElement().setAttribute("data-suppressed", String.valueOf(figure.suppressed()));
        cell.setText(text(figure, format));
        pad(cell);
        if (figure.suppressed()) {
            cell.addClassNames(LumoUtility.TextColor.SECONDARY);
        }
    }

    private String text(Figure figure, Function<Double, String> format) {
        if (figure.suppressed()) {
            return getTranslation("insights.hidden", CohortInsights.MIN_MEMBERS);
        }
        return figure.value() == null ? getTranslation("insights.noneYet") : format.apply(figure.value());
    }

    private static <T extends Component> T pad(T cell) {
        cell.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-s)")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return cell;
    }

    private String count(double value) {
        return String.valueOf(Math.round(value));
    }

    private String hours(double value) {
        return getTranslation("insights.hours", Math.round(value * 10) / 10.0);
    }

    private String percent(double value) {
        return getTranslation("insights.percent", Math.round(value * 100));
    }

    // ---- the charts, with the same numbers in words for those who cannot see them

    private Component countsChart(List<CohortInsights> insights) {
        List<CohortInsights> shown = insights.stream().filter(c -> !c.members().suppressed()).toList();
        List<String> hidden = insights.stream().filter(c -> c.members().suppressed()).map(CohortInsights::cohortName)
                .toList();
        Div block = new Div();
        block.setId("insights-chart");
        if (!hidden.isEmpty()) {
            Paragraph note = new Paragraph(getTranslation("insights.chartLeavesOut", CohortInsights.MIN_MEMBERS,
                    String.join(", ", hidden)));
            note.setId("insights-hidden-cohorts");
            note.addClassNames(LumoUtility.TextColor.SECONDARY);
            block.add(note);
        }
        if (shown.isEmpty()) {
            return block;
        }
        Map<String, List<Double>> series = new LinkedHashMap<>();
        series.put(getTranslation("insights.column.members"), values(shown, CohortInsights::members));
        series.put(getTranslation("insights.column.documents"), values(shown, CohortInsights::documents));
        series.put(getTranslation("insights.column.submitted"), values(shown, CohortInsights::submitted));
        series.put(getTranslation("insights.column.approved"), values(shown, CohortInsights::approved));
        List<String> names = shown.stream().map(CohortInsights::cohortName).toList();
        byte[] png = InsightsChart.grouped(getTranslation("insights.chartTitle"), getTranslation("insights.count"),
                names, series);
        String described = shown.stream().map(c -> getTranslation("insights.chartCohort", c.cohortName(),
                count(c.members().value()), count(or0(c.documents())), count(or0(c.submitted())),
                count(or0(c.approved())))).collect(Collectors.joining("; "));
        block.add(image(png, "insights-counts.png", getTranslation("insights.chartAlt", described)));
        return block;
    }

    private Component skillGaps(CohortInsights c) {
        Div block = new Div();
        block.addClassName("insights-gaps");
        block.getElement().setAttribute("data-cohort", c.cohortName());
        H3 heading = new H3(getTranslation("insights.gapsOf", c.cohortName()));
        heading.addClassNames(LumoUtility.FontSize.MEDIUM, LumoUtility.Margin.Top.LARGE);
        block.add(heading);
        if (c.skillGapsSuppressed()) {
            Paragraph hidden = new Paragraph(getTranslation("insights.hidden", CohortInsights.MIN_MEMBERS));
            hidden.addClassNames("gaps-hidden", LumoUtility.TextColor.SECONDARY);
            block.add(hidden);
            return block;
        }
        if (c.skillGaps().isEmpty()) {
            block.add(new Paragraph(getTranslation("insights.noGaps", CohortInsights.MIN_MEMBERS)));
            return block;
        }
        Map<String, Long> gaps = new LinkedHashMap<>();
        c.skillGaps().forEach(g -> gaps.put(g.keyword(), g.members()));
        byte[] png = InsightsChart.horizontal(getTranslation("insights.gapsChartTitle", c.cohortName()),
                getTranslation("insights.membersHeldBack"), getTranslation("insights.membersHeldBack"), gaps);
        String described = c.skillGaps().stream().map(g -> getTranslation("insights.gapItem", g.keyword(), g.members()))
                .collect(Collectors.joining("; "));
        block.add(image(png, "skill-gaps.png", getTranslation("insights.gapsAlt", c.cohortName(), described)));
        NativeTable table = new NativeTable();
        table.addClassName("gaps-table");
        table.setCaptionText(getTranslation("insights.gapsCaption", c.cohortName()));
        table.addClassNames(LumoUtility.FontSize.SMALL);
        table.getStyle().set("border-collapse", "collapse");
        NativeTableRow head = table.getHead().addRow();
        for (String column : List.of("insights.keyword", "insights.membersHeldBack")) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(getTranslation(column));
            cell.getElement().setAttribute("scope", "col");
            pad(cell).getStyle().set("text-align", "left");
        }
        for (KeywordGap gap : c.skillGaps()) {
            NativeTableRow row = table.getBody().addRow();
            NativeTableHeaderCell keyword = row.addHeaderCell();
            keyword.setText(gap.keyword());
            keyword.getElement().setAttribute("scope", "row");
            pad(keyword).getStyle().set("text-align", "left");
            NativeTableCell members = row.addDataCell();
            members.setText(String.valueOf(gap.members()));
            pad(members);
        }
        block.add(table);
        return block;
    }

    private static double or0(Figure figure) {
        return figure.value() == null ? 0 : figure.value();
    }

    private static List<Double> values(List<CohortInsights> cohorts, Function<CohortInsights, Figure> figure) {
        return cohorts.stream().map(c -> or0(figure.apply(c))).toList();
    }

    private Image image(byte[] png, String name, String alt) {
        Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(png), name, "image/png", png.length)), alt);
        image.setMaxWidth("100%");
        image.addClassNames(LumoUtility.Margin.Vertical.SMALL);
        image.addClassName("insights-chart-image");
        return image;
    }
}
