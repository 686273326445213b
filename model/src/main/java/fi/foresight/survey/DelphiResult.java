package fi.foresight.survey;

import fi.foresight.model.DelphiRound;
import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import fi.foresight.chart.ChartSpec;
import fi.foresight.chart.Charts;
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
 * The tables, chart and findings of a Delphi study's convergence ({@link DelphiConvergence}).
 *
 * <pre>{@code
 * DelphiResult r = DelphiResult.of(questions, labels, rounds);
 * r.tables();    // delphi-rounds, delphi-stability
 * }</pre>
 *
 * @param questions   the questions (data columns)
 * @param labels      each question's label in both languages
 * @param rounds      the rounds' names, in order
 * @param convergence the statistics
 */
public record DelphiResult(List<String> questions, List<Text> labels, List<String> rounds,
                           DelphiConvergence convergence) implements AnalysisResult {
    /** Name of the table of spreads per round. */
    public static final String ROUNDS = "delphi-rounds";
    /** Name of the table of stability between rounds. */
    public static final String STABILITY = "delphi-stability";
    /** Name of the chart of the IQR per round. */
    public static final String CHART = "delphi-iqr";

    /**
     * Copies the lists.
     *
     * @param questions   the questions
     * @param labels      their labels, one per question
     * @param rounds      the rounds' names
     * @param convergence the statistics
     */
    public DelphiResult {
        questions = List.copyOf(questions);
        labels = List.copyOf(labels);
        rounds = List.copyOf(rounds);
    }

    /**
     * Convergence of these rounds.
     *
     * @param questions the questions, one per column of each round's answers
     * @param labels    the questions' labels
     * @param rounds    the rounds in order
     * @return the result
     */
    public static DelphiResult of(List<String> questions, List<Text> labels, List<DelphiRound> rounds) {
        return new DelphiResult(questions, labels, rounds.stream().map(DelphiRound::name).toList(),
                DelphiConvergence.of(questions, rounds));
    }

    /**
     * Convergence of the model's Delphi study, with its statements' labels in both languages.
     *
     * @param study the study ({@code Model.delphi()})
     * @return the result
     */
    public static DelphiResult of(fi.foresight.model.DelphiStudy study) {
        var labels = new ArrayList<Text>();
        for (int i = 0; i < study.questions().size(); i++) {
            labels.add(Text.label(study.labels().get(i), study.labelsFi().get(i)));
        }
        return of(study.questions(), labels, study.rounds());
    }

    @Override
    public String kind() {
        return "delphi";
    }

    /**
     * Table {@value #ROUNDS}: {@code question, round, round_name, answers, median, q1, q3, iqr, within_one, cv}.
     *
     * @return a new table
     */
    public Table roundsTable() {
        StringColumn question = StringColumn.create("question");
        IntColumn round = IntColumn.create("round");
        StringColumn name = StringColumn.create("round_name");
        IntColumn answers = IntColumn.create("answers");
        DoubleColumn median = DoubleColumn.create("median");
        DoubleColumn q1 = DoubleColumn.create("q1");
        DoubleColumn q3 = DoubleColumn.create("q3");
        DoubleColumn iqr = DoubleColumn.create("iqr");
        DoubleColumn within = DoubleColumn.create("within_one");
        DoubleColumn cv = DoubleColumn.create("cv");
        for (DelphiConvergence.RoundSpread r : convergence.spreads()) {
            question.append(r.question());
            round.append(r.round());
            name.append(r.name());
            answers.append(r.spread().answers());
            median.append(r.spread().median());
            q1.append(r.spread().q1());
            q3.append(r.spread().q3());
            iqr.append(r.spread().iqr());
            within.append(r.spread().withinOne());
            cv.append(r.spread().cv());
        }
        return Table.create(ROUNDS, question, round, name, answers, median, q1, q3, iqr, within, cv);
    }

    /**
     * Table {@value #STABILITY}: {@code round, question, paired, changed, changed_more_than_one,
     * distribution_change, iqr_change, cv_change} (round: the later of the two rounds compared).
     *
     * @return a new table
     */
    public Table stabilityTable() {
        IntColumn round = IntColumn.create("round");
        StringColumn question = StringColumn.create("question");
        IntColumn paired = IntColumn.create("paired");
        DoubleColumn changed = DoubleColumn.create("changed");
        DoubleColumn far = DoubleColumn.create("changed_more_than_one");
        DoubleColumn dist = DoubleColumn.create("distribution_change");
        DoubleColumn iqr = DoubleColumn.create("iqr_change");
        DoubleColumn cv = DoubleColumn.create("cv_change");
        for (DelphiConvergence.Stability s : convergence.stability()) {
            round.append(s.round());
            question.append(s.question());
            paired.append(s.paired());
            changed.append(s.changed());
            far.append(s.changedMoreThanOne());
            dist.append(s.distributionChange());
            iqr.append(s.iqrChange());
            cv.append(s.cvChange());
        }
        return Table.create(STABILITY, round, question, paired, changed, far, dist, iqr, cv);
    }

    @Override
    public List<Table> tables() {
        return List.of(roundsTable(), stabilityTable());
    }

    /**
     * Chart {@value #CHART}: each question's interquartile range round by round, with the consensus line IQR = 1.
     *
     * @return the chart by file stem
     */
    @Override
    public Map<String, ChartSpec> charts() {
        double[] x = new double[rounds.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
        }
        var lines = new LinkedHashMap<Text, double[]>();
        for (int q = 0; q < questions.size(); q++) {
            double[] y = new double[rounds.size()];
            for (DelphiConvergence.RoundSpread r : convergence.spreads()) {
                if (r.question().equals(questions.get(q))) {
                    y[r.round() - 1] = r.spread().iqr();
                }
            }
            lines.put(labels.get(q), y);
        }
        lines.put(Text.of("Consensus (IQR = 1)", "Konsensus (IQR = 1)"), constant(rounds.size(), 1));
        var out = new LinkedHashMap<String, ChartSpec>();
        out.put(CHART, Charts.overlay(Text.of("Interquartile range of the answers, round by round",
                        "Vastausten kvartiiliväli kierroksittain"), Text.of("Round", "Kierros"),
                Text.of("Interquartile range (scale points)", "Kvartiiliväli (asteikon pisteinä)"), x, lines)
                .withYears());   // rounds are whole numbers: integer ticks, as for years
        return out;
    }

    private static double[] constant(int n, double v) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, v);
        return out;
    }

    /**
     * {@code delphi.consensus}: how many questions reach an IQR of at most 1 in the last round, and
     * {@code delphi.stable}: how many are stable between the last two rounds (with more than one round).
     *
     * @return the findings
     */
    @Override
    public List<Finding> findings() {
        int last = rounds.size();
        long consensus = convergence.spreads().stream()
                .filter(r -> r.round() == last && r.spread().iqr() <= 1 + 1e-12).count();
        var out = new ArrayList<Finding>();
        out.add(new Finding("delphi.consensus", SurveySummary.args("consensus", consensus, "questions",
                questions.size(), "rounds", last), 1));
        if (last > 1) {
            long stable = convergence.stability().stream().filter(s -> s.round() == last
                    && s.stable()).count();
            out.add(new Finding("delphi.stable", SurveySummary.args("stable", stable, "questions",
                    questions.size(), "threshold", DelphiConvergence.STABLE_BELOW), 2));
        }
        return out;
    }
}
