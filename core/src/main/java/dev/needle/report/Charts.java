package dev.needle.report;

import dev.needle.coach.HourlyRate;
import dev.needle.domain.ValueClass;
import dev.needle.measure.Funnel;
import dev.needle.measure.HygieneFlag;
import dev.needle.measure.HygieneReport;
import dev.needle.measure.Quadrant;
import dev.needle.measure.RepPerformance;
import dev.needle.measure.ValueReport;
import dev.needle.predict.Forecast;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.IntervalBarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.category.DefaultIntervalCategoryDataset;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The weekly report's charts, drawn by JFreeChart into SVG (JFreeSVG) on the server, so the HTML needs no
 * script and the PDF draws the same vectors. Every chart gets its own id prefix: its SVG definitions stay
 * unique inside one HTML page, and the same data gives the same SVG text.
 */
final class Charts {
    static final int WIDTH = 680;
    static final Color HIGH = new Color(0x2E7D32);
    static final Color LOW = new Color(0xF2A900);
    static final Color LIMIT = new Color(0xC62828);
    static final Color INK = new Color(0x263238);
    static final Color MUTED = new Color(0x90A4AE);
    static final Color ACCENT = new Color(0x1565C0);
    static final Color GRID = new Color(0xE0E6EA);
    private static final Font TEXT = new Font("SansSerif", Font.PLAIN, 11);
    private static final Font TITLE = new Font("SansSerif", Font.BOLD, 12);
    private static final DecimalFormat WHOLE = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));

    private Charts() {
    }

    /** Hours per rep, stacked by value class: HIGH, LOW, LIMIT. */
    static String hoursByValueClass(String id, List<RepPerformance> reps) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (RepPerformance rep : reps) {
            for (ValueClass valueClass : ValueClass.values()) {
                data.addValue(rep.time().hoursByValueClass().getOrDefault(valueClass, 0.0), valueClass.name(), rep.rep().name());
            }
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setSeriesPaint(0, HIGH);
        renderer.setSeriesPaint(1, LOW);
        renderer.setSeriesPaint(2, LIMIT);
        CategoryPlot plot = categoryPlot(data, renderer, "hours logged", PlotOrientation.HORIZONTAL);
        return svg(id, chart(plot, true), WIDTH, rowsHeight(reps.size()));
    }

    /** What each rep produced: opportunities created, stage advances, wins. */
    static String results(String id, List<RepPerformance> reps) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (RepPerformance rep : reps) {
            data.addValue(rep.results().opportunitiesCreated(), "opportunities created", rep.rep().name());
            data.addValue(rep.results().stageAdvances(), "stage advances", rep.rep().name());
            data.addValue(rep.results().wins(), "wins", rep.rep().name());
        }
        BarRenderer renderer = flatBars();
        renderer.setSeriesPaint(0, ACCENT);
        renderer.setSeriesPaint(1, new Color(0x64B5F6));
        renderer.setSeriesPaint(2, HIGH);
        renderer.setItemMargin(0.05);
        CategoryPlot plot = categoryPlot(data, renderer, "count", PlotOrientation.HORIZONTAL);
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return svg(id, chart(plot, true), WIDTH, rowsHeight(reps.size()) + 10L * reps.size());
    }

    /** Busy vs productive: activities per working day against results per hour, each over the team's median. */
    static String quadrant(String id, List<RepPerformance> reps, double busyAt, double productiveAt) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries flagged = new XYSeries("busy, not productive");
        XYSeries others = new XYSeries("other reps");
        XYPlot plot = new XYPlot();
        double maxX = busyAt * 1.25, maxY = productiveAt * 1.6;
        List<RepPerformance> placed = reps.stream().filter(rep -> Double.isFinite(rep.classification().volumeVsPeers())
                && Double.isFinite(rep.classification().productivityVsPeers())).toList();
        for (RepPerformance rep : placed) {
            double x = rep.classification().volumeVsPeers(), y = rep.classification().productivityVsPeers();
            (rep.quadrant() == Quadrant.BUSY_NOT_PRODUCTIVE ? flagged : others).add(x, y);
            maxX = Math.max(maxX, x * 1.1);
            maxY = Math.max(maxY, y * 1.1);
        }
        Labels labels = new Labels(maxX, maxY);
        for (RepPerformance rep : placed) {
            String name = firstName(rep.rep().name());
            double x = rep.classification().volumeVsPeers(), y = rep.classification().productivityVsPeers();
            XYTextAnnotation label = new XYTextAnnotation(name, x, y);
            label.setFont(TEXT);
            label.setPaint(INK);
            label.setTextAnchor(labels.place(name, x, y));
            plot.addAnnotation(label);
        }
        data.addSeries(flagged);
        data.addSeries(others);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, LIMIT);
        renderer.setSeriesPaint(1, ACCENT);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setSeriesShape(1, new Ellipse2D.Double(-4, -4, 8, 8));
        plot.setDataset(data);
        plot.setRenderer(renderer);
        NumberAxis x = axis("activities per working day ÷ team median");
        NumberAxis y = axis("results per hour ÷ team median");
        x.setRange(0, maxX);
        y.setRange(0, maxY);
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        plot.addDomainMarker(marker(busyAt, "busy from " + busyAt + "×", TextAnchor.TOP_LEFT));
        plot.addRangeMarker(marker(productiveAt, "productive from " + productiveAt + "×", TextAnchor.BOTTOM_LEFT));
        // the seeds' "busy is not productive" corner, shaded behind the points
        renderer.addAnnotation(new org.jfree.chart.annotations.XYBoxAnnotation(busyAt, 0, maxX, productiveAt, null, null,
                new Color(0xFDECEA)), org.jfree.chart.ui.Layer.BACKGROUND);
        style(plot);
        return svg(id, chart(plot, true), WIDTH, 380);
    }

    /** Results (opportunities + stage advances) per hour of each activity type, with 95% intervals. */
    static String valuePerHour(String id, List<ValueReport.TypeValue> types) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (ValueReport.TypeValue type : types) {
            HourlyRate rate = HourlyRate.of(type);
            data.add(rate.value(), (rate.high() - rate.low()) / 2, "results per hour", type.type());
        }
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ACCENT);
        renderer.setErrorIndicatorPaint(INK);
        renderer.setMaximumBarWidth(0.06);
        CategoryPlot plot = categoryPlot(data, renderer, "results (opportunities + stage advances) per hour, 95% interval",
                PlotOrientation.HORIZONTAL);
        return svg(id, chart(plot, false), WIDTH, rowsHeight(types.size()));
    }

    /** Deals that entered each stage, labelled with the stage's conversion to a later stage. */
    static String funnel(String id, Funnel.Segment segment) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Funnel.Step step : segment.steps()) data.addValue(step.entered(), "deals that entered", step.stage());
        BarRenderer renderer = flatBars();
        renderer.setSeriesPaint(0, ACCENT);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", WHOLE));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(TEXT);
        renderer.setDefaultPositiveItemLabelPosition(new org.jfree.chart.labels.ItemLabelPosition(
                org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        CategoryPlot plot = categoryPlot(data, renderer, "deals that entered the stage", PlotOrientation.HORIZONTAL);
        plot.getRangeAxis().setUpperMargin(0.1);
        return svg(id, chart(plot, false), WIDTH, rowsHeight(segment.steps().size()));
    }

    /** P10-P90 of revenue won by the end of the month and the quarter, with P50, the stage-weighted figure and what is won so far. */
    static String forecast(String id, List<String> labels, List<Forecast.Result> results) {
        int count = results.size();
        Number[][] low = new Number[1][count], high = new Number[1][count];
        DefaultCategoryDataset points = new DefaultCategoryDataset();
        for (int index = 0; index < count; index++) {
            Forecast.Result result = results.get(index);
            low[0][index] = result.p10();
            high[0][index] = result.p90();
            points.addValue(result.p50(), "P50", labels.get(index));
            points.addValue(result.stageWeighted(), "stage-weighted (CRM)", labels.get(index));
            points.addValue(result.wonSoFar(), "won so far", labels.get(index));
        }
        DefaultIntervalCategoryDataset band = new DefaultIntervalCategoryDataset(new String[]{"P10 to P90"},
                labels.toArray(new String[0]), low, high);
        IntervalBarRenderer bands = new IntervalBarRenderer();
        bands.setBarPainter(new StandardBarPainter());
        bands.setShadowVisible(false);
        bands.setSeriesPaint(0, new Color(0xBBDEFB));
        bands.setMaximumBarWidth(0.35);
        CategoryPlot plot = categoryPlot(band, bands, "revenue won by the end of the period", PlotOrientation.HORIZONTAL);
        LineAndShapeRenderer marks = new LineAndShapeRenderer(false, true);
        marks.setSeriesPaint(0, ACCENT);
        marks.setSeriesPaint(1, LOW);
        marks.setSeriesPaint(2, HIGH);
        marks.setSeriesShape(0, new Rectangle(-2, -12, 4, 24));
        marks.setSeriesShape(1, new java.awt.geom.Ellipse2D.Double(-6, -6, 12, 12));
        marks.setSeriesShape(2, new Rectangle(-5, -5, 10, 10));
        plot.setDataset(1, points);
        plot.setRenderer(1, marks);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(WHOLE);
        return svg(id, chart(plot, true), WIDTH, 90 + 70 * count);
    }

    /** Open pipeline value held in deals with each hygiene flag, labelled with how many deals. */
    static String hygiene(String id, HygieneReport report) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (HygieneFlag flag : HygieneFlag.values()) {
            data.addValue(report.pipelineAffected().get(flag), "pipeline affected", label(flag) + " (" + report.dealsFlagged().get(flag) + ")");
        }
        BarRenderer renderer = flatBars();
        renderer.setSeriesPaint(0, LIMIT);
        CategoryPlot plot = categoryPlot(data, renderer, "open pipeline in flagged deals (deals in brackets)", PlotOrientation.HORIZONTAL);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(WHOLE);
        return svg(id, chart(plot, false), WIDTH, rowsHeight(HygieneFlag.values().length));
    }

    static String label(HygieneFlag flag) {
        return switch (flag) {
            case NO_NEXT_ACTION -> "no next action";
            case OVERDUE_NEXT_ACTION -> "next action overdue";
            case NO_BUYER_VALUE -> "no value for the buyer";
            case NO_NEXT_MEETING -> "no next meeting";
            case STALLED -> "stalled";
            case LOW_QUALITY -> "old and untouched";
        };
    }

    private static BarRenderer flatBars() {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        return renderer;
    }

    private static CategoryPlot categoryPlot(org.jfree.data.category.CategoryDataset data,
                                             org.jfree.chart.renderer.category.CategoryItemRenderer renderer,
                                             String valueLabel, PlotOrientation orientation) {
        CategoryAxis categories = new CategoryAxis();
        categories.setTickLabelFont(TEXT);
        categories.setTickLabelPaint(INK);
        categories.setMaximumCategoryLabelWidthRatio(0.35f);
        categories.setCategoryMargin(0.2);
        CategoryPlot plot = new CategoryPlot(data, categories, axis(valueLabel), renderer);
        plot.setOrientation(orientation);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        if (renderer instanceof BarRenderer bars) {
            bars.setDrawBarOutline(false);
            bars.setShadowVisible(false);
            bars.setBarPainter(new StandardBarPainter());
        }
        style(plot);
        return plot;
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(TEXT);
        axis.setLabelPaint(INK);
        axis.setTickLabelFont(TEXT);
        axis.setTickLabelPaint(INK);
        return axis;
    }

    private static void style(org.jfree.chart.plot.Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(GRID);
            category.setRangeGridlineStroke(new BasicStroke(1f));
            category.setDomainGridlinesVisible(false);
        }
        if (plot instanceof XYPlot xy) {
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlineStroke(new BasicStroke(1f));
            xy.setDomainGridlineStroke(new BasicStroke(1f));
        }
    }

    private static ValueMarker marker(double at, String label, TextAnchor textAnchor) {
        ValueMarker marker = new ValueMarker(at, MUTED, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[]{5f, 4f}, 0f));
        marker.setLabel(label);
        marker.setLabelFont(TEXT);
        marker.setLabelPaint(MUTED);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        marker.setLabelAnchor(textAnchor == TextAnchor.TOP_LEFT ? org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT
                : org.jfree.chart.ui.RectangleAnchor.TOP_LEFT);
        marker.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(4, 4, 4, 4));
        marker.setLabelTextAnchor(textAnchor);
        return marker;
    }

    private static JFreeChart chart(org.jfree.chart.plot.Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        LegendTitle key = chart.getLegend();
        if (key != null) {
            key.setItemFont(TEXT);
            key.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            key.setPosition(RectangleEdge.TOP);
        }
        return chart;
    }

    private static long rowsHeight(int rows) {
        return 70L + 26L * Math.max(1, rows);
    }

    private static String svg(String id, JFreeChart chart, int width, long height) {
        SVGGraphics2D graphics = new SVGGraphics2D(width, (int) height);
        graphics.setDefsKeyPrefix(id + "-");
        chart.draw(graphics, new Rectangle(0, 0, width, (int) height));
        // whole-number dimensions (JFreeSVG writes "680.0", which the PDF renderer rejects) and a viewBox to scale by
        String element = graphics.getSVGElement(id, false, new ViewBox(0, 0, width, (int) height), null, null);
        return element.replaceFirst("<svg ", "<svg width='" + width + "' height='" + height + "' ");
    }

    /**
     * Puts each point's label on the first side of the point (above right, below right, above left, below left)
     * where it overlaps no label placed before, so reps with similar figures stay readable.
     */
    private static final class Labels {
        private static final TextAnchor[] SIDES = {TextAnchor.BOTTOM_LEFT, TextAnchor.TOP_LEFT, TextAnchor.BOTTOM_RIGHT,
                TextAnchor.TOP_RIGHT};
        private final double charWidth, lineHeight;
        private final List<double[]> boxes = new ArrayList<>();

        Labels(double maxX, double maxY) {
            // about 6.5 of the chart's 560 plotted pixels per character and 14 of its 300 per line, in data units
            this.charWidth = maxX * 6.5 / 560;
            this.lineHeight = maxY * 14 / 300;
        }

        TextAnchor place(String text, double x, double y) {
            double width = text.length() * charWidth;
            for (TextAnchor side : SIDES) {
                double left = side == TextAnchor.BOTTOM_LEFT || side == TextAnchor.TOP_LEFT ? x : x - width;
                double bottom = side == TextAnchor.BOTTOM_LEFT || side == TextAnchor.BOTTOM_RIGHT ? y : y - lineHeight;
                double[] box = {left, bottom, left + width, bottom + lineHeight};
                if (boxes.stream().noneMatch(other -> box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3])) {
                    boxes.add(box);
                    return side;
                }
            }
            return SIDES[0];
        }
    }

    private static String firstName(String name) {
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) + " " + name.charAt(space + 1) + "." : name;
    }
}
