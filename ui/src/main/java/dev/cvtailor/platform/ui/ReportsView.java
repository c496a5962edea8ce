package dev.cvtailor.platform.ui;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import dev.cvtailor.platform.boundary.QualityReports;
import dev.cvtailor.platform.entity.Report;
import dev.cvtailor.ui.AdminOnly;
import dev.cvtailor.ui.MainLayout;
import dev.cvtailor.ui.ProblemNotice;
import dev.cvtailor.ui.SignedInUser;
import dev.cvtailor.ui.ViewFrame;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

/**
 * The daily summaries of the last 30 days and the weekly quality reports of the last 12 weeks, each as a trend chart
 * with its figures in a table beside it; an admin may have them mailed, and may compute yesterday's again.
 */
@Route(value = "admin/reports", layout = MainLayout.class)
@AdminOnly
public class ReportsView extends ViewFrame {

    private static final long serialVersionUID = 1L;
    private static final List<String> DAILY = List.of("registrations", "uploads", "generations", "exports", "errors");
    /** The weekly measures drawn, as percentages or seconds, each beside its target. */
    private static final List<String> WEEKLY = List.of("averageRating", "validEvidenceLinkShare", "atsPassRate",
            "p95CvSeconds", "p95LetterSeconds");

    private final transient QualityReports reports;
    private final Div content = new Div();

    @Inject
    public ReportsView(QualityReports reports) {
        super("reports.title");
        this.reports = reports;
        long adminId = SignedInUser.require().id();
        Checkbox mail = new Checkbox(getTranslation("reports.mailMe"), reports.mailsTo(adminId));
        mail.setId("reports-mail");
        mail.addValueChangeListener(change -> {
            reports.mailTo(adminId, change.getValue());
            ProblemNotice.success(getTranslation(change.getValue() ? "reports.mailOn" : "reports.mailOff"));
        });
        Button compute = new Button(getTranslation("reports.compute"), VaadinIcon.REFRESH.create(), click -> {
            LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
            reports.daily(yesterday);
            reports.weekly(yesterday);
            refresh();
        });
        compute.setId("reports-compute");
        content.setWidthFull();
        add(new HorizontalLayout(mail, compute), content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        content.add(section("reports.daily", reports.list(Report.Kind.DAILY, today.minusDays(30), today), DAILY,
                "reports.count", "daily"));
        content.add(section("reports.weekly", reports.list(Report.Kind.WEEKLY, today.minusWeeks(12), today), WEEKLY,
                "reports.value", "weekly"));
    }

    private Div section(String titleKey, List<Report> kept, List<String> measures, String axisKey, String id) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.setId("reports-" + id);
        if (kept.isEmpty()) {
            section.add(new Div(getTranslation("reports.none")));
            return section;
        }
        List<String> periods = kept.stream().map(r -> r.getPeriodStart().toString()).toList();
        List<Map<String, Double>> figures = kept.stream().map(ReportsView::figures).toList();
        Map<String, List<Double>> series = new LinkedHashMap<>();
        for (String measure : measures) {
            List<Double> values = new ArrayList<>();
            figures.forEach(f -> values.add(f.get(measure)));
            series.put(getTranslation("reports.measure." + measure), values);
        }
        byte[] png = TrendChart.lines(getTranslation(titleKey), getTranslation(axisKey), periods, series);
        Image chart = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(png), "reports-" + id + ".png", "image/png", png.length)),
                getTranslation("reports.chartAlt", getTranslation(titleKey)));
        chart.setMaxWidth("100%");
        Grid<Integer> table = new Grid<>();
        table.setAllRowsVisible(true);
        table.addColumn(i -> periods.get(i)).setHeader(getTranslation("reports.period"));
        for (String measure : measures) {
            table.addColumn(i -> format(figures.get(i).get(measure)))
                    .setHeader(getTranslation("reports.measure." + measure));
        }
        List<Integer> rows = new ArrayList<>();
        for (int i = periods.size() - 1; i >= 0; i--) {
            rows.add(i);
        }
        table.setItems(rows);
        section.add(chart, table);
        return section;
    }

    /** The numbers at the top of a report's figures (rates as they are kept: 0–1). */
    private static Map<String, Double> figures(Report report) {
        Map<String, Double> figures = new LinkedHashMap<>();
        try (var reader = Json.createReader(new StringReader(report.getBody()))) {
            JsonObject body = reader.readObject();
            body.forEach((name, value) -> {
                if (value instanceof JsonNumber number) {
                    figures.put(name, number.doubleValue());
                }
            });
        }
        return figures;
    }

    private static String format(Double value) {
        return value == null ? "—" : value == Math.rint(value) ? String.valueOf(value.longValue())
                : String.format(Locale.ROOT, "%.2f", value);
    }
}
