package dev.cvtailor.reviews.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Bar charts of cohort insights drawn on the server by JFreeChart as PNG images: no chart add-on, so no frontend
 * build (docs/decisions/020). The view shows the same numbers in a table beside each chart, for screen readers and
 * for anyone who wants the exact figures; the image's alt text says them too.
 */
final class InsightsChart {

    static final int WIDTH = 760;
    static final int HEIGHT = 340;
    /** Lumo's blue, and three colours told apart by people with the common colour-vision deficiencies. */
    private static final Color[] SERIES = {new Color(0x1a, 0x73, 0xe8), new Color(0xe6, 0x7e, 0x22),
        new Color(0x2e, 0x7d, 0x32), new Color(0x6a, 0x1b, 0x9a)};
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);

    private InsightsChart() {
    }

    /**
     * A grouped bar chart: for each category (a cohort), one bar per series (members, documents, ...). The map's
     * order is the order of the bars; every series has a value for every category.
     */
    static byte[] grouped(String title, String valueAxis, List<String> categories, Map<String, List<Double>> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, values) -> {
            for (int i = 0; i < categories.size(); i++) {
                data.addValue(values.get(i), name, categories.get(i));
            }
        });
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data, PlotOrientation.VERTICAL,
                series.size() > 1, false, false);
        return png(style(chart, categories.size() > 4), HEIGHT);
    }

    /** A horizontal bar chart of one series (the skill gaps of a cohort: keyword → members held back). */
    static byte[] horizontal(String title, String valueAxis, String seriesName, Map<String, Long> values) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        values.forEach((category, value) -> data.addValue(value, seriesName, category));
        JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, data, PlotOrientation.HORIZONTAL,
                false, false, false);
        return png(style(chart, false), Math.max(160, 70 + 34 * values.size()));
    }

    private static JFreeChart style(JFreeChart chart, boolean slantLabels) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(TITLE);
            chart.getTitle().setPaint(new Color(0x1a, 0x1a, 0x1a));
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(TEXT);
            legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xd0, 0xd0, 0xd0));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.getDomainAxis().setTickLabelFont(TEXT);
        plot.getDomainAxis().setTickLabelPaint(Color.DARK_GRAY);
        if (slantLabels) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        plot.getDomainAxis().setMaximumCategoryLabelLines(2);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setTickLabelFont(TEXT);
        range.setLabelFont(TEXT);
        range.setTickLabelPaint(Color.DARK_GRAY);
        range.setUpperMargin(0.15);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(TEXT);
        renderer.setDefaultItemLabelPaint(new Color(0x1a, 0x1a, 0x1a));
        for (int i = 0; i < SERIES.length; i++) {
            renderer.setSeriesPaint(i, SERIES[i]);
        }
        return chart;
    }

    private static byte[] png(JFreeChart chart, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
