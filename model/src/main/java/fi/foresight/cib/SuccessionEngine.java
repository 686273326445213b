package fi.foresight.cib;

import fi.foresight.model.CibMatrix;
import fi.foresight.model.CibScenario;
import java.util.ArrayList;
import java.util.List;

/**
 * Global succession on a cross-impact matrix: every descriptor switches at once to a variant with the largest
 * impact balance. Tie rule (ScenarioWizard's): a descriptor whose current variant is among the tied maxima keeps
 * it; otherwise it takes the lowest-index tied maximum. Scenarios are coded as mixed-radix numbers with the first
 * descriptor most significant, so code order is lexicographic order.
 */
final class SuccessionEngine {

    final CibMatrix m;
    final int n;
    final int total;
    final int[] sizes;
    final int[] cells;
    final int[] offsets;
    final long[] weights;
    final long space;

    SuccessionEngine(CibMatrix m) {
        this.m = m;
        this.n = m.descriptors();
        this.total = m.size();
        this.sizes = m.sizes();
        this.cells = m.cells();
        this.offsets = new int[n];
        for (int d = 0; d < n; d++) {
            offsets[d] = m.offset(d);
        }
        this.weights = new long[n];
        long w = 1;
        for (int d = n - 1; d >= 0; d--) {
            weights[d] = w;
            w = Math.multiplyExact(w, sizes[d]);
        }
        this.space = w;
    }

    long encode(int[] s) {
        long c = 0;
        for (int d = 0; d < n; d++) {
            c += s[d] * weights[d];
        }
        return c;
    }

    void decode(long code, int[] s) {
        for (int d = 0; d < n; d++) {
            s[d] = (int) (code / weights[d]);
            code -= s[d] * weights[d];
        }
    }

    /** Impact balances of scenario s into theta (self-impacts included). */
    void balances(int[] s, int[] theta) {
        java.util.Arrays.fill(theta, 0);
        for (int i = 0; i < n; i++) {
            int base = (offsets[i] + s[i]) * total;
            for (int c = 0; c < total; c++) {
                theta[c] += cells[base + c];
            }
        }
    }

    /** Moves the balances from descriptor d at variant from to variant to. */
    void shift(int[] theta, int d, int from, int to) {
        int a = (offsets[d] + from) * total;
        int b = (offsets[d] + to) * total;
        for (int c = 0; c < total; c++) {
            theta[c] += cells[b + c] - cells[a + c];
        }
    }

    /** The successor variant of descriptor d given the balances and its current variant (tie rule above). */
    int best(int d, int[] theta, int cur) {
        int off = offsets[d];
        int best = cur;
        int bestValue = theta[off + cur];
        // starting from the current variant, only a strictly larger balance moves the choice, and the
        // ascending scan makes the first of several larger tied maxima win
        for (int b = 0; b < sizes[d]; b++) {
            int v = theta[off + b];
            if (v > bestValue) {
                best = b;
                bestValue = v;
            }
        }
        return best;
    }

    /** Writes the successor of s (with balances theta) into out and returns its code. */
    long next(int[] s, int[] theta, int[] out) {
        long code = 0;
        for (int d = 0; d < n; d++) {
            int b = best(d, theta, s[d]);
            out[d] = b;
            code += b * weights[d];
        }
        return code;
    }

    /** Follows succession from start until a scenario repeats. */
    SuccessionPath trace(CibScenario start) {
        int[] s = start.variants();
        int[] theta = new int[total];
        int[] t = new int[n];
        List<Long> codes = new ArrayList<>();
        List<CibScenario> steps = new ArrayList<>();
        long code = encode(s);
        while (!codes.contains(code)) {
            codes.add(code);
            steps.add(CibScenario.of(s));
            balances(s, theta);
            code = next(s, theta, t);
            int[] swap = s;
            s = t;
            t = swap;
        }
        int from = codes.indexOf(code);
        return new SuccessionPath(steps, new Attractor(steps.subList(from, steps.size())));
    }
}
