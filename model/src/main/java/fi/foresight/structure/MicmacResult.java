package fi.foresight.structure;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import fi.foresight.chart.ChartSpec;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Result of {@link Micmac}: direct and indirect influence and dependence of each variable, their ranks and
 * quadrants.
 *
 * @param variables       one entry per variable, in matrix order
 * @param potentialWeight the value potential influences counted as (0: excluded)
 * @param power           the power k of M used for the indirect values
 * @param stable          true when the rankings of M^k equal those of M^(k−1)
 */
public record MicmacResult(List<MicmacVariable> variables, int potentialWeight, int power, boolean stable)
        implements AnalysisResult {

    /** Name of the main table. */
    public static final String TABLE = "micmac";
    /** Name of the displacement table. */
    public static final String DISPLACEMENT_TABLE = "micmac-displacement";

    /**
     * Checks the parts.
     *
     * @param variables       one entry per variable, in matrix order
     * @param potentialWeight the value potential influences counted as (0: excluded)
     * @param power           the power k of M used for the indirect values
     * @param stable          true when the rankings of M^k equal those of M^(k−1)
     * @throws IllegalArgumentException when {@code power < 1}
     */
    public MicmacResult {
        variables = List.copyOf(variables);
        if (power < 1) {
            throw new IllegalArgumentException("power " + power + " < 1");
        }
    }

    /**
     * The entry of one variable.
     *
     * @param name a variable id
     * @return its influence, dependence, ranks and quadrants
     * @throws IllegalArgumentException when there is no such variable
     */
    public MicmacVariable variable(String name) {
        return variables.stream().filter(v -> v.variable().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no variable \"" + name + "\""));
    }

    @Override
    public String kind() {
        return "micmac";
    }

    /**
     * Table {@value #TABLE}: {@code variable, direct_influence, direct_dependence, indirect_influence,
     * indirect_dependence, quadrant} (quadrant of the direct map).
     *
     * @return a new table
     */
    public Table table() {
        StringColumn name = StringColumn.create("variable");
        IntColumn di = IntColumn.create("direct_influence");
        IntColumn dd = IntColumn.create("direct_dependence");
        DoubleColumn ii = DoubleColumn.create("indirect_influence");
        DoubleColumn id = DoubleColumn.create("indirect_dependence");
        StringColumn q = StringColumn.create("quadrant");
        for (MicmacVariable v : variables) {
            name.append(v.variable());
            di.append(v.directInfluence());
            dd.append(v.directDependence());
            ii.append(v.indirectInfluence());
            id.append(v.indirectDependence());
            q.append(v.quadrant().label());
        }
        return Table.create(TABLE, name, di, dd, ii, id, q);
    }

    /**
     * Table {@value #DISPLACEMENT_TABLE}: {@code variable, direct_influence_rank, indirect_influence_rank,
     * influence_displacement, direct_dependence_rank, indirect_dependence_rank, dependence_displacement,
     * indirect_quadrant}.
     *
     * @return a new table
     */
    public Table displacementTable() {
        StringColumn name = StringColumn.create("variable");
        IntColumn dir = IntColumn.create("direct_influence_rank");
        IntColumn iir = IntColumn.create("indirect_influence_rank");
        IntColumn idisp = IntColumn.create("influence_displacement");
        IntColumn ddr = IntColumn.create("direct_dependence_rank");
        IntColumn idr = IntColumn.create("indirect_dependence_rank");
        IntColumn ddisp = IntColumn.create("dependence_displacement");
        StringColumn q = StringColumn.create("indirect_quadrant");
        for (MicmacVariable v : variables) {
            name.append(v.variable());
            dir.append(v.directInfluenceRank());
            iir.append(v.indirectInfluenceRank());
            idisp.append(v.influenceDisplacement());
            ddr.append(v.directDependenceRank());
            idr.append(v.indirectDependenceRank());
            ddisp.append(v.dependenceDisplacement());
            q.append(v.indirectQuadrant().label());
        }
        return Table.create(DISPLACEMENT_TABLE, name, dir, iir, idisp, ddr, idr, ddisp, q);
    }

    @Override
    public List<Table> tables() {
        return List.of(table(), displacementTable());
    }

    /**
     * The influence–dependence map: dependence (x) against influence (y), the quadrant lines at the means and the
     * quadrants' names; direct ({@code indirect = false}) or from M^k.
     *
     * @param indirect true for the indirect map, false for the direct one
     * @return the chart
     */
    public fi.foresight.chart.ScatterSpec map(boolean indirect) {
        return MicmacCharts.map(this, indirect);
    }

    /**
     * The displacement of each variable's influence rank from direct to indirect, as a slope chart.
     *
     * @return the chart
     */
    public fi.foresight.chart.SlopeSpec displacementChart() {
        return MicmacCharts.displacement(this);
    }

    /** {@code micmac-map}, {@code micmac-map-indirect} and {@code micmac-displacement}. */
    @Override
    public Map<String, ChartSpec> charts() {
        Map<String, ChartSpec> out = new LinkedHashMap<>();
        out.put("micmac-map", map(false));
        out.put("micmac-map-indirect", map(true));
        out.put("micmac-displacement", displacementChart());
        return out;
    }

    @Override
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("variables", variables.stream().filter(v -> v.quadrant() == Quadrant.INFLUENTIAL)
                .map(MicmacVariable::variable).toList());
        out.add(new Finding("micmac.influential", args, 0));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("power", power);
        p.put("stable", stable);
        out.add(new Finding("micmac.power", p, 1));
        return out;
    }
}
