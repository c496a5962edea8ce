package dev.cvtailor.platform.ui;

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
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A trend of report figures over their periods, drawn on the server by JFreeChart as a PNG (docs/decisions/020);
 * the view shows the same figures in a table beside it. A missing value leaves a gap in its line.
 */
final class TrendChart {

    static final int WIDTH = 760;
    static final int HEIGHT = 320;
    private static final Color[] SERIES = {new Color(0x1a, 0x73, 0xe8), new Color(0xe6, 0x7e, 0x22),
        new Color(0x2e, 0x7d, 0x32), new Color(0x6a, 0x1b, 0x9a), new Color(0xc6, 0x28, 0x28)};
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    private TrendChart() {
    }

    /** One line per series over the periods; each series has a value (or null) for every period. */
    static byte[] lines(String title, String valueAxis, List<String> periods, Map<String, List<Double>> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        series.forEach((name, values) -> {
            for (int i = 0; i < periods.size(); i++) {
                data.addValue(values.get(i), name, periods.get(i));
            }
        });
        JFreeChart chart = ChartFactory.createLineChart(title, null, valueAxis, data, PlotOrientation.VERTICAL, true,
                false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        chart.getLegend().setItemFont(TEXT);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(new Color(0xd0, 0xd0, 0xd0));
        plot.getDomainAxis().setTickLabelFont(TEXT);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        plot.getRangeAxis().setTickLabelFont(TEXT);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        for (int i = 0; i < SERIES.length; i++) {
            renderer.setSeriesPaint(i, SERIES[i]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
