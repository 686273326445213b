package fi.foresight.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * PRIM, the Patient Rule Induction Method (Friedman and Fisher 1999), for scenario discovery (Bryant and Lempert
 * 2010), as the EMA Workbench's {@code analysis.prim} does it:
 * <ol>
 * <li><b>Peeling.</b> Starting from the box of all remaining futures, each step removes the slice that most raises
 * the box's density: for a numeric input the futures below its α-quantile or above its (1 − α)-quantile within the
 * box, for a categorical input the futures of one of its values. Peeling stops when no slice raises the density or
 * the box would hold less than {@code massMin} of all futures. The steps form the coverage–density trajectory.</li>
 * <li><b>Choice.</b> The reported box is the step with the highest coverage among those with density ≥
 * {@code threshold} (of equal coverage, the denser): the box that loses the fewest cases while being dense
 * enough.</li>
 * <li><b>Pasting.</b> The chosen box is widened again, an α-slice (or one value) at a time, while that keeps or
 * raises its density.</li>
 * <li><b>Quasi-p values.</b> For each restricted input, the one-sided binomial probability of at least the box's
 * cases among its futures if the density were that of the box without this restriction.</li>
 * <li><b>Covering.</b> The futures of the box are set aside and the search repeats on the rest, up to
 * {@code boxes} boxes, until no box reaches the threshold.</li>
 * </ol>
 * Coverage and mass are always shares of all futures and all cases, as in the EMA Workbench. The result depends on
 * the data only (ties are broken by input order, the lower side before the upper), never on threads.
 */
public final class Prim {
    private double alpha = 0.05;
    private double threshold = 0.8;
    private double massMin = 0.05;
    private int boxes = 3;
    private List<DiscoveryBox.Step> unreported = List.of();

    /**
     * The share of a box peeled (or pasted) per step, α (default 0.05).
     *
     * @param alpha in (0, 0.5)
     * @return this
     * @throws IllegalArgumentException when out of range
     */
    public Prim alpha(double alpha) {
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new IllegalArgumentException("alpha (" + alpha + ") must be between 0 and 0.5");
        }
        this.alpha = alpha;
        return this;
    }

    /**
     * The density a box must reach to be reported (default 0.8).
     *
     * @param threshold in (0, 1]
     * @return this
     * @throws IllegalArgumentException when out of range
     */
    public Prim threshold(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold (" + threshold + ") must be in (0, 1]");
        }
        this.threshold = threshold;
        return this;
    }

    /**
     * The smallest share of all futures a box may hold (default 0.05).
     *
     * @param massMin in (0, 1)
     * @return this
     * @throws IllegalArgumentException when out of range
     */
    public Prim massMin(double massMin) {
        if (!(massMin > 0 && massMin < 1)) {
            throw new IllegalArgumentException("mass_min (" + massMin + ") must be between 0 and 1");
        }
        this.massMin = massMin;
        return this;
    }

    /**
     * The most boxes found by covering (default 3).
     *
     * @param boxes at least 1
     * @return this
     * @throws IllegalArgumentException when below 1
     */
    public Prim boxes(int boxes) {
        if (boxes < 1) {
            throw new IllegalArgumentException("boxes (" + boxes + ") must be >= 1");
        }
        this.boxes = boxes;
        return this;
    }

    /**
     * Finds the boxes.
     *
     * @param data the futures
     * @return the boxes in covering order, possibly none (no box reaches the threshold)
     */
    public List<DiscoveryBox> find(DiscoveryData data) {
        int n = data.size();
        int totalCases = data.cases();
        int[][] order = new int[data.inputs()][];
        for (int k = 0; k < order.length; k++) {
            order[k] = data.categorical(k) ? null : Orders.of(data.x()[k]);
        }
        boolean[] active = new boolean[n];
        java.util.Arrays.fill(active, true);
        var out = new ArrayList<DiscoveryBox>();
        unreported = List.of();
        for (int b = 1; b <= boxes; b++) {
            int activeCases = 0;
            for (int i = 0; i < n; i++) {
                activeCases += active[i] && data.y()[i] ? 1 : 0;
            }
            if (activeCases == 0) {
                break;
            }
            var search = new PrimSearch(data, order, active, alpha, massMin, totalCases);
            List<PrimSearch.Snapshot> peeled = search.peel();
            int chosen = choose(peeled);
            if (chosen < 0) {
                var steps = new ArrayList<DiscoveryBox.Step>();
                for (int j = 0; j < peeled.size(); j++) {
                    steps.add(peeled.get(j).step(j, "peel", false));
                }
                unreported = List.copyOf(steps);
                break;
            }
            List<PrimSearch.Snapshot> pasted = search.paste(peeled.get(chosen));
            PrimSearch.Snapshot box = pasted.isEmpty() ? peeled.get(chosen) : pasted.get(pasted.size() - 1);
            var steps = new ArrayList<DiscoveryBox.Step>();
            int s = 0;
            for (int j = 0; j < peeled.size(); j++) {
                steps.add(peeled.get(j).step(s++, "peel", pasted.isEmpty() && j == chosen));
            }
            for (int j = 0; j < pasted.size(); j++) {
                steps.add(pasted.get(j).step(s++, "paste", j == pasted.size() - 1));
            }
            out.add(new DiscoveryBox(b, search.restrictions(box), box.coverage(), box.density(), box.mass(), steps));
            for (int i = 0; i < n; i++) {
                if (active[i] && box.holds(data, i)) {
                    active[i] = false;
                }
            }
        }
        return out;
    }

    /**
     * The peeling steps of the last search of {@link #find} that reached no box (none reached the threshold), or
     * empty when the covering ended otherwise: they show how dense a box could get.
     *
     * @return the steps, none chosen
     */
    public List<DiscoveryBox.Step> unreported() {
        return unreported;
    }

    private int choose(List<PrimSearch.Snapshot> steps) {
        int best = -1;
        for (int j = 0; j < steps.size(); j++) {
            PrimSearch.Snapshot s = steps.get(j);
            if (s.density() >= threshold && (best < 0 || s.cases() > steps.get(best).cases()
                    || (s.cases() == steps.get(best).cases() && s.density() > steps.get(best).density()))) {
                best = j;
            }
        }
        return best;
    }
}
