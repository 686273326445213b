package fi.foresight.survey;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import fi.foresight.chart.BarSpec;
import fi.foresight.chart.ChartSpec;
import fi.foresight.chart.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How much the members of each panel disagree about how much each driver matters: per driver the
 * {@link Spread} of the ratings (interquartile range, share within one scale point of the median), per panel
 * Kendall's W of the order the ratings imply ({@link Concordance}) and the weights with their Dirichlet
 * concentration ({@link RatingWeights}).
 *
 * <pre>{@code
 * Disagreement d = Disagreement.of(List.of(panelRatings));
 * d.tables();   // disagreement-drivers, disagreement-panels
 * }</pre>
 *
 * @param panels the panels' ratings, in model order
 */
public record Disagreement(List<PanelRatings> panels) implements AnalysisResult {
    /** Name of the table per panel and driver. */
    public static final String DRIVERS = "disagreement-drivers";
    /** Name of the table per panel. */
    public static final String PANELS = "disagreement-panels";
    /** Name of the chart of agreement per driver. */
    public static final String CHART = "disagreement-within-one";

    /**
     * Copies the list.
     *
     * @param panels the panels' ratings
     */
    public Disagreement {
        panels = List.copyOf(panels);
    }

    /**
     * The disagreement within these panels.
     *
     * @param panels the panels' ratings
     * @return the result
     */
    public static Disagreement of(List<PanelRatings> panels) {
        return new Disagreement(panels);
    }

    @Override
    public String kind() {
        return "disagreement";
    }

    /**
     * Table {@value #DRIVERS}: {@code panel, driver, column, answers, missing, median, q1, q3, iqr, within_one,
     * mean_rating, weight} (the mean rating and the weight over the respondents who rated every driver of the panel; the
     * other columns over every answer to the driver).
     *
     * @return a new table
     */
    public Table driversTable() {
        StringColumn panel = StringColumn.create("panel");
        StringColumn driver = StringColumn.create("driver");
        StringColumn column = StringColumn.create("column");
        IntColumn answers = IntColumn.create("answers");
        IntColumn missing = IntColumn.create("missing");
        DoubleColumn median = DoubleColumn.create("median");
        DoubleColumn q1 = DoubleColumn.create("q1");
        DoubleColumn q3 = DoubleColumn.create("q3");
        DoubleColumn iqr = DoubleColumn.create("iqr");
        DoubleColumn within = DoubleColumn.create("within_one");
        DoubleColumn mean = DoubleColumn.create("mean_rating");
        DoubleColumn weight = DoubleColumn.create("weight");
        for (PanelRatings p : panels) {
            RatingWeights w = RatingWeights.of(p.drivers(), p.ratings());
            for (int i = 0; i < p.drivers().size(); i++) {
                Spread s = Spread.of(p.column(i));
                panel.append(p.panel());
                driver.append(p.drivers().get(i));
                column.append(p.columns().get(i));
                answers.append(s.answers());
                missing.append(s.missing());
                median.append(s.median());
                q1.append(s.q1());
                q3.append(s.q3());
                iqr.append(s.iqr());
                within.append(s.withinOne());
                mean.append(w.meanRatings()[i]);
                weight.append(w.weights()[i]);
            }
        }
        return Table.create(DRIVERS, panel, driver, column, answers, missing, median, q1, q3, iqr, within, mean,
                weight);
    }

    /**
     * Table {@value #PANELS}: {@code panel, respondents, left_out, kendall_w, chi_square, p_value, concentration,
     * member_concentration} (the Dirichlet concentration of the panel's mean weights and of one member's)
     * (respondents who rated every driver; W over the distinct rating columns).
     *
     * @return a new table
     */
    public Table panelsTable() {
        StringColumn panel = StringColumn.create("panel");
        IntColumn respondents = IntColumn.create("respondents");
        IntColumn left = IntColumn.create("left_out");
        DoubleColumn w = DoubleColumn.create("kendall_w");
        DoubleColumn chi = DoubleColumn.create("chi_square");
        DoubleColumn p = DoubleColumn.create("p_value");
        DoubleColumn kappa = DoubleColumn.create("concentration");
        DoubleColumn member = DoubleColumn.create("member_concentration");
        for (PanelRatings r : panels) {
            RatingWeights weights = RatingWeights.of(r.drivers(), r.ratings());
            Concordance c = Concordance.of(r.distinctQuestions());
            panel.append(r.panel());
            respondents.append(weights.respondents());
            left.append(weights.left());
            w.append(c.w());
            chi.append(c.chiSquare());
            p.append(c.pValue());
            kappa.append(weights.concentration());
            member.append(weights.memberConcentration());
        }
        return Table.create(PANELS, panel, respondents, left, w, chi, p, kappa, member);
    }

    @Override
    public List<Table> tables() {
        return List.of(panelsTable(), driversTable());
    }

    /**
     * Chart {@value #CHART}: per driver (rows) and panel (colours) the share of respondents within one scale
     * point of the median rating.
     *
     * @return the chart by file stem (none without panels)
     */
    @Override
    public Map<String, ChartSpec> charts() {
        if (panels.isEmpty()) {
            return Map.of();
        }
        var drivers = new ArrayList<String>();
        var labels = new ArrayList<Text>();
        for (PanelRatings p : panels) {
            for (int i = 0; i < p.drivers().size(); i++) {
                if (!drivers.contains(p.drivers().get(i))) {
                    drivers.add(p.drivers().get(i));
                    labels.add(p.driverLabels().get(i));
                }
            }
        }
        var series = new ArrayList<BarSpec.BarSeries>();
        for (PanelRatings p : panels) {
            double[] v = new double[drivers.size()];
            java.util.Arrays.fill(v, Double.NaN);
            for (int i = 0; i < p.drivers().size(); i++) {
                v[drivers.indexOf(p.drivers().get(i))] = Spread.of(p.column(i)).withinOne();
            }
            series.add(new BarSpec.BarSeries(p.label(), v, null, null));
        }
        BarSpec chart = BarSpec.of(Text.of("Agreement on each driver's importance",
                        "Yksimielisyys ajurien tärkeydestä"),
                Text.of("Share of respondents within one point of the median",
                        "Osuus vastaajista enintään yhden pisteen päässä mediaanista"), labels, series, true)
                .withValueRange(0, 1);
        var out = new LinkedHashMap<String, ChartSpec>();
        out.put(CHART, chart);
        return out;
    }

    /**
     * Per panel {@code disagreement.panel}: its Kendall's W, respondents and the driver rated most diversely
     * (smallest share within one point of the median).
     *
     * @return the findings
     */
    @Override
    public List<Finding> findings() {
        var out = new ArrayList<Finding>();
        int rank = 1;
        for (PanelRatings p : panels) {
            Concordance c = Concordance.of(p.distinctQuestions());
            int widest = 0;
            double least = Double.POSITIVE_INFINITY;
            for (int i = 0; i < p.drivers().size(); i++) {
                double s = Spread.of(p.column(i)).withinOne();
                if (s < least) {
                    least = s;
                    widest = i;
                }
            }
            out.add(new Finding("disagreement.panel", SurveySummary.args("panel", p.panel(), "w", c.w(),
                    "respondents", c.raters(), "driver", p.drivers().get(widest), "share", least), rank++));
        }
        return out;
    }
}
