package fi.foresight.sensitivity;

import fi.foresight.model.Model;
import fi.foresight.sensitivity.WeightAlternatives.ResolvedAlternative;
import fi.foresight.sensitivity.WeightAlternatives.PanelWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The expected index of each alternative as a function of one moving weight, and where two alternatives cross.
 *
 * <p><b>Derivation.</b> Let panel p have point weights w (shares ŵ = w / S, S = Σ|w|) and move weight j to the
 * share t while the others keep their proportions: {@code ŵ_i(t) = ŵ_i (1 - σt) / (1 - |ŵ_j|)} for i ≠ j, with
 * σ the sign of ŵ_j (so t runs over [0, 1], or [-1, 0] for a negative weight, and the shares' absolute values still
 * sum to 1). The index is linear in the scaled drivers, so given the weights its expectation for alternative a is
 * linear in their expectations m_a: with raw weights {@code r_i(t) = S ŵ_i(t)} (or the value an override of the
 * alternative pins), {@code N_a(t) = Σ r_i(t) m_ai} and {@code D_a(t) = Σ|r_i(t)|} (1 when the panel does not
 * normalise) are linear in t, and
 * <pre>    E_a(t) = C_a + s_p N_a(t) / D_a(t) = P_a(t) / D_a(t),   P_a = C_a D_a + s_p N_a,</pre>
 * where s_p is the panel's pool share and C_a the pooled contribution of the other panels. Two alternatives swap
 * places where {@code E_a - E_b} changes sign, i.e. at a simple root of the quadratic
 * {@code Q_ab(t) = P_a(t) D_b(t) - P_b(t) D_a(t)} (both D are positive). Without pinned weights D is the constant S,
 * Q is linear, and each pair crosses at most once. The rank order is therefore constant between consecutive
 * roots: the interval around the current share is bounded by the nearest roots on either side.
 */
final class WeightLines {
    /** P(t) = p0 + p1 t and D(t) = d0 + d1 t of one alternative. */
    record Line(double p0, double p1, double d0, double d1) {
        double value(double t) {
            return (p0 + p1 * t) / (d0 + d1 * t);
        }
    }

    /** A crossing of two alternatives at share t. */
    record Crossing(double t, int a, int b) {
    }

    final int moving;
    final double sign;
    final double current;
    final double lowEnd;
    final double highEnd;
    final List<Line> lines;

    private WeightLines(int moving, double sign, double current, List<Line> lines) {
        this.moving = moving;
        this.sign = sign;
        this.current = current;
        this.lowEnd = sign > 0 ? 0 : -1;
        this.highEnd = sign > 0 ? 1 : 0;
        this.lines = lines;
    }

    /**
     * The lines of every alternative when weight {@code j} of panel {@code pw} moves, in an index pooled over
     * {@code shares} (panel id → pool share, the moving panel among them).
     */
    static WeightLines of(Model model, List<ResolvedAlternative> alternatives, Map<String, PanelWeights> panels,
                          Map<String, Double> shares, PanelWeights pw, int j) {
        double[] hat = pw.shares();
        double sign = hat[j] < 0 ? -1 : 1;
        double rest = 1 - Math.abs(hat[j]);
        int n = hat.length;
        double s = pw.sum;
        // raw weight i at t: c0[i] + c1[i] t (unpinned)
        double[] c0 = new double[n];
        double[] c1 = new double[n];
        for (int i = 0; i < n; i++) {
            if (i == j) {
                c1[i] = s;
            } else if (rest > 0) {
                c0[i] = s * hat[i] / rest;
                c1[i] = -sign * s * hat[i] / rest;
            } else {
                c0[i] = s / (n - 1);
                c1[i] = -sign * s / (n - 1);
            }
        }
        double share = shares.get(pw.panel.id());
        var lines = new ArrayList<Line>();
        for (ResolvedAlternative a : alternatives) {
            double other = 0;
            for (var e : shares.entrySet()) {
                if (!e.getKey().equals(pw.panel.id())) {
                    PanelWeights q = panels.get(e.getKey());
                    other += e.getValue() * q.index(a, model, q.raw);
                }
            }
            Map<String, Double> pins = a.pinned(pw.panel.id());
            double n0 = 0;
            double n1 = 0;
            double d0 = 0;
            double d1 = 0;
            for (int i = 0; i < n; i++) {
                String v = pw.drivers.get(i);
                if (pins.containsKey(v)) {
                    continue;
                }
                double mi = a.m[model.driverIndex(v)];
                n0 += c0[i] * mi;
                n1 += c1[i] * mi;
                double sg = i == j ? sign : Math.signum(hat[i]) == 0 ? 1 : Math.signum(hat[i]);
                d0 += sg * c0[i];
                d1 += sg * c1[i];
            }
            for (var e : pins.entrySet()) {
                n0 += e.getValue() * a.m[model.driverIndex(e.getKey())];
                d0 += Math.abs(e.getValue());
            }
            if (!pw.normalise) {
                d0 = 1;
                d1 = 0;
            }
            lines.add(new Line(other * d0 + share * n0, other * d1 + share * n1, d0, d1));
        }
        return new WeightLines(j, sign, hat[j], lines);
    }

    /** Expected index of every alternative at share t. */
    double[] values(double t) {
        double[] v = new double[lines.size()];
        for (int a = 0; a < v.length; a++) {
            v[a] = lines.get(a).value(t);
        }
        return v;
    }

    /** Every share in the open domain where alternatives a and b swap places. */
    List<Double> crossings(int a, int b) {
        Line x = lines.get(a);
        Line y = lines.get(b);
        double q2 = x.p1() * y.d1() - y.p1() * x.d1();
        double q1 = x.p0() * y.d1() + x.p1() * y.d0() - y.p0() * x.d1() - y.p1() * x.d0();
        double q0 = x.p0() * y.d0() - y.p0() * x.d0();
        double scale = Math.abs(q0) + Math.abs(q1) + Math.abs(q2);
        var roots = new ArrayList<Double>();
        if (scale == 0) {
            return roots;
        }
        if (Math.abs(q2) <= 1e-13 * scale) {
            if (Math.abs(q1) > 1e-13 * scale) {
                roots.add(-q0 / q1);
            }
        } else {
            double disc = q1 * q1 - 4 * q2 * q0;
            if (disc > 0) {
                double sq = Math.sqrt(disc);
                double qq = -0.5 * (q1 + Math.copySign(sq, q1));
                roots.add(qq / q2);
                if (qq != 0) {
                    roots.add(q0 / qq);
                }
            }
        }
        roots.removeIf(t -> !(t > lowEnd && t < highEnd));
        return roots;
    }

    /** All crossings of all pairs, in no particular order. */
    List<Crossing> crossings() {
        var all = new ArrayList<Crossing>();
        for (int a = 0; a < lines.size(); a++) {
            for (int b = a + 1; b < lines.size(); b++) {
                for (double t : crossings(a, b)) {
                    all.add(new Crossing(t, a, b));
                }
            }
        }
        return all;
    }
}
