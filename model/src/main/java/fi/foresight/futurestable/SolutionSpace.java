package fi.foresight.futurestable;

import fi.foresight.model.FuturesTable;
import fi.foresight.model.Factor;
import fi.foresight.model.Configuration;
import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import fi.foresight.chart.ChartSpec;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The consistent configurations of a futures table: their exact number and the first of them in lexicographic
 * order (all of them unless a listing limit cut the list).
 *
 * @param futuresTable the table searched (with its fixed states)
 * @param count     exact number of consistent configurations
 * @param solutions the configurations listed, lexicographic, with their scores
 */
public record SolutionSpace(FuturesTable futuresTable, long count, List<Solution> solutions) implements AnalysisResult {

    /** Name of the table returned by {@link #table()}. */
    public static final String TABLE = "futures-table-solutions";

    /**
     * The consistent configurations of a futures table, lexicographic, listing at most 100,000 (the count is
     * always exact).
     *
     * <pre>{@code
     * SolutionSpace.of(table.fix("supply", "renewable")).count();
     * }</pre>
     *
     * @param table the futures table (with its fixed states)
     * @return the solution space
     */
    public static SolutionSpace of(FuturesTable table) {
        return of(table, 100_000);
    }

    /**
     * The consistent configurations of a futures table, listing at most {@code limit}.
     *
     * @param table the futures table (with its fixed states)
     * @param limit the most configurations listed, at least 0
     * @return the solution space
     * @throws IllegalArgumentException when {@code limit < 0}
     */
    public static SolutionSpace of(FuturesTable table, int limit) {
        List<Configuration> found = table.consistent(limit);
        long count = found.size() < limit ? found.size() : table.count();
        List<Solution> out = new ArrayList<>(found.size());
        for (Configuration c : found) {
            out.add(new Solution(c, table.score(c)));
        }
        return new SolutionSpace(table, count, out);
    }

    /**
     * Checks the parts.
     *
     * @param futuresTable the table searched (with its fixed states)
     * @param count     exact number of consistent configurations
     * @param solutions the configurations listed, lexicographic, with their scores
     * @throws NullPointerException     when the futures table is null
     * @throws IllegalArgumentException when {@code count} is smaller than the number of listed solutions
     */
    public SolutionSpace {
        Objects.requireNonNull(futuresTable, "futuresTable");
        solutions = List.copyOf(solutions);
        if (count < solutions.size()) {
            throw new IllegalArgumentException("count " + count + " < " + solutions.size() + " listed solutions");
        }
    }

    /**
     * True when the listing stopped before the last configuration.
     *
     * @return whether the listing is incomplete
     */
    public boolean truncated() {
        return solutions.size() < count;
    }

    /**
     * The configurations listed.
     *
     * @return the configurations, lexicographic
     */
    public List<Configuration> configurations() {
        return solutions.stream().map(Solution::configuration).toList();
    }

    @Override
    public String kind() {
        return "futurestable";
    }

    /**
     * Table {@value #TABLE}: {@code configuration} (1-based state numbers joined by spaces), {@code states} (state
     * labels joined by ", "), one column per factor (named by the factor id) holding the state id, and
     * {@code score}.
     *
     * @return a new table
     */
    public Table table() {
        StringColumn config = StringColumn.create("configuration");
        StringColumn states = StringColumn.create("states");
        List<StringColumn> perFactor = new ArrayList<>();
        for (Factor f : futuresTable.factors()) {
            perFactor.add(StringColumn.create(f.id()));
        }
        IntColumn score = IntColumn.create("score");
        for (Solution s : solutions) {
            config.append(s.configuration().toOneBased());
            states.append(futuresTable.describe(s.configuration(), "en"));
            for (int f = 0; f < perFactor.size(); f++) {
                perFactor.get(f).append(futuresTable.factors().get(f).states().get(s.configuration().state(f)).id());
            }
            score.append(s.score());
        }
        Table t = Table.create(TABLE, config, states);
        perFactor.forEach(t::addColumns);
        t.addColumns(score);
        return t;
    }

    @Override
    public List<Table> tables() {
        return List.of(table());
    }

    /**
     * Factors × listed configurations ({@code ft_1} …, at most 30), each cell the chosen state.
     *
     * @return the chart
     */
    public fi.foresight.chart.GridSpec tableau() {
        return SolutionCharts.tableau(this);
    }

    /** {@code futures-table-tableau} ({@link #tableau()}); none when no configuration is consistent. */
    @Override
    public Map<String, ChartSpec> charts() {
        return solutions.isEmpty() ? Map.of() : Map.of("futures-table-tableau", tableau());
    }

    @Override
    public List<Finding> findings() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("table", futuresTable.name());
        args.put("count", count);
        args.put("size", futuresTable.size());
        args.put("fixed", futuresTable.fixed());
        return List.of(new Finding("futurestable.solutions", args, 0));
    }
}
