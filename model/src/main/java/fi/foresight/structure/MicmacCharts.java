package fi.foresight.structure;

import fi.foresight.chart.Charts;
import fi.foresight.chart.ScatterSpec;
import fi.foresight.chart.SlopeSpec;
import fi.foresight.chart.Text;
import java.util.List;

/** The charts of a MICMAC result: the influence–dependence maps and the displacement of the influence ranks. */
final class MicmacCharts {

    private MicmacCharts() {
    }

    /**
     * Dependence (x) against influence (y), a labelled point per variable, dashed lines at the means (the quadrant
     * axes) and the quadrants' names in the corners.
     */
    static ScatterSpec map(MicmacResult r, boolean indirect) {
        List<MicmacVariable> vars = r.variables();
        int n = vars.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            MicmacVariable v = vars.get(i);
            x[i] = indirect ? v.indirectDependence() : v.directDependence();
            y[i] = indirect ? v.indirectInfluence() : v.directInfluence();
        }
        Text title = indirect ? Text.of("Influence–dependence map, indirect (M^" + r.power() + ")",
                "Vaikutus–riippuvuus-kartta, epäsuora (M^" + r.power() + ")")
                : Text.of("Influence–dependence map, direct", "Vaikutus–riippuvuus-kartta, suora");
        return Charts.scatterLabelled(title, indirect ? Text.of("Indirect dependence", "Epäsuora riippuvuus")
                        : Text.of("Dependence", "Riippuvuus"),
                indirect ? Text.of("Indirect influence", "Epäsuora vaikutus") : Text.of("Influence", "Vaikutus"), x, y,
                vars.stream().map(v -> Text.plain(v.variable())).toList(), new double[] {mean(x)},
                new double[] {mean(y)})
                .withCorners(List.of(Text.of("Influential", "Vaikuttavat"), Text.of("Relay", "Välittäjät"),
                        Text.of("Autonomous", "Itsenäiset"), Text.of("Dependent", "Riippuvaiset")));
    }

    /** Slope chart of each variable's influence rank, direct to indirect. */
    static SlopeSpec displacement(MicmacResult r) {
        List<MicmacVariable> vars = r.variables();
        int[] direct = vars.stream().mapToInt(MicmacVariable::directInfluenceRank).toArray();
        int[] indirect = vars.stream().mapToInt(MicmacVariable::indirectInfluenceRank).toArray();
        return Charts.displacement(Text.of("Influence ranks, direct and indirect (M^" + r.power() + ")",
                        "Vaikutuksen sijat, suora ja epäsuora (M^" + r.power() + ")"),
                vars.stream().map(v -> Text.plain(v.variable())).toList(), direct, indirect,
                Text.of("Direct", "Suora"), Text.of("Indirect", "Epäsuora"));
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s / v.length;
    }
}
