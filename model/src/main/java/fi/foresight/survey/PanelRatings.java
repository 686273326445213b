package fi.foresight.survey;

import fi.foresight.chart.Text;
import java.util.List;

/**
 * The importance ratings a panel's weights come from: one column of ratings per driver (several drivers may share
 * a column), one row per respondent.
 *
 * @param panel        the panel's id
 * @param label        the panel's label in both languages
 * @param drivers      the drivers' ids
 * @param driverLabels the drivers' labels, one per driver
 * @param columns      the data column rated for each driver
 * @param ratings      {@code ratings[r][i]}: respondent r's rating of driver i ({@code NaN} = missing)
 */
public record PanelRatings(String panel, Text label, List<String> drivers, List<Text> driverLabels,
                           List<String> columns, double[][] ratings) {
    /**
     * Checks that drivers, labels, columns and rows agree.
     *
     * @param panel        the panel's id
     * @param label        the panel's label
     * @param drivers      the drivers' ids
     * @param driverLabels the drivers' labels
     * @param columns      the data column of each driver
     * @param ratings      respondents × drivers
     * @throws IllegalArgumentException when the lengths differ
     */
    public PanelRatings {
        drivers = List.copyOf(drivers);
        driverLabels = List.copyOf(driverLabels);
        columns = List.copyOf(columns);
        if (driverLabels.size() != drivers.size() || columns.size() != drivers.size()) {
            throw new IllegalArgumentException("one label and one column per driver");
        }
        for (double[] row : ratings) {
            if (row.length != drivers.size()) {
                throw new IllegalArgumentException("one rating per driver in every row");
            }
        }
    }

    /**
     * The ratings of the model's panels whose weights come from importance ratings ({@code weights_from:}), in
     * model order, with the drivers' and panels' labels.
     *
     * @param model  the model
     * @param panels the panels to include; empty for every panel with ratings
     * @return one entry per rated panel
     */
    public static List<PanelRatings> of(fi.foresight.model.Model model, List<String> panels) {
        var out = new java.util.ArrayList<PanelRatings>();
        for (fi.foresight.model.Panel p : model.panels()) {
            fi.foresight.model.WeightsFrom f = p.weightsFrom();
            if (f == null || (!panels.isEmpty() && !panels.contains(p.id()))) {
                continue;
            }
            List<String> drivers = List.copyOf(f.columns().keySet());
            List<Text> labels = drivers.stream().map(d -> fi.foresight.analysis.ModelTexts.driver(model, d)).toList();
            out.add(new PanelRatings(p.id(), fi.foresight.analysis.ModelTexts.panel(model, p.id()), drivers, labels,
                    List.copyOf(f.columns().values()), f.ratings()));
        }
        return out;
    }

    /**
     * The ratings of one driver, one per respondent.
     *
     * @param driver the driver's index
     * @return its ratings ({@code NaN} = missing)
     */
    public double[] column(int driver) {
        double[] out = new double[ratings.length];
        for (int r = 0; r < ratings.length; r++) {
            out[r] = ratings[r][driver];
        }
        return out;
    }

    /**
     * The ratings with each data column once (the first driver rating it), for Kendall's W: a column shared by
     * several drivers is one question to the respondents.
     *
     * @return respondents × distinct columns
     */
    public double[][] distinctQuestions() {
        List<Integer> first = new java.util.ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.indexOf(columns.get(i)) == i) {
                first.add(i);
            }
        }
        double[][] out = new double[ratings.length][first.size()];
        for (int r = 0; r < ratings.length; r++) {
            for (int k = 0; k < first.size(); k++) {
                out[r][k] = ratings[r][first.get(k)];
            }
        }
        return out;
    }
}
