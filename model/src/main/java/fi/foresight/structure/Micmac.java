package fi.foresight.structure;

import fi.foresight.model.InfluenceMatrix;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Godet's MICMAC structural analysis of a direct-influence matrix M.
 *
 * <ul>
 * <li>Direct influence of a variable = its row sum in M, direct dependence = its column sum.</li>
 * <li>Indirect influence and dependence = row and column sums of M^k, for the first power k &ge; 2 at which the
 * rankings of the variables by influence and by dependence are both the same as for M^(k−1) (the rankings are
 * stable). Powers are computed exactly with {@link BigInteger}, so there is no overflow and ties are exact; the
 * reported indirect values are rescaled by total(M) / total(M^k) so that they add up to the same total as the
 * direct ones. If the rankings do not settle by {@link #maxPower} (e.g. periodic structures) the last power is
 * used and the result says it is not stable; if M^k vanishes (no cycles of influence) the last non-zero power
 * is used.</li>
 * <li>Rankings are competition ranks (1 = most influential; tied variables share a rank, the next rank skips).
 * The displacement of a variable is its direct rank minus its indirect rank (positive: it rises).</li>
 * <li>Quadrants: axes at the mean influence and the mean dependence; a value equal to the mean counts as high,
 * except that 0 is never high.</li>
 * <li>Potential influences (P) are excluded by default; {@link #potentialAs(int)} counts them as a value, e.g. 3
 * for the "potential" matrix of the MICMAC method.</li>
 * </ul>
 *
 * <pre>{@code
 * Model model = ModelFiles.load(Path.of("scenarios/kanta-hame/model.yaml"));
 * InfluenceMatrix matrix = model.micmac().orElseThrow();
 * MicmacResult r = Micmac.of(matrix).run();           // P excluded
 * MicmacResult p = Micmac.of(matrix).potentialAs(3).run();
 * System.out.println(r.table().printAll());           // Tablesaw table "micmac": influence, dependence, quadrant
 * r.variable("attitude_climate").quadrant();          // INFLUENTIAL
 * }</pre>
 */
public final class Micmac {

    private final InfluenceMatrix matrix;
    private final int potentialWeight;
    private final int maxPower;

    private Micmac(InfluenceMatrix matrix, int potentialWeight, int maxPower) {
        this.matrix = Objects.requireNonNull(matrix, "matrix");
        if (potentialWeight < 0 || potentialWeight > 3) {
            throw new IllegalArgumentException("potential influences count as " + potentialWeight
                    + "; use 0 (excluded) to 3");
        }
        if (maxPower < 2) {
            throw new IllegalArgumentException("maxPower = " + maxPower + "; indirect effects need a power >= 2");
        }
        this.potentialWeight = potentialWeight;
        this.maxPower = maxPower;
    }

    /**
     * MICMAC of {@code matrix} with potential influences excluded and powers up to 30.
     *
     * @param matrix the direct-influence matrix
     * @return the analysis
     */
    public static Micmac of(InfluenceMatrix matrix) {
        return new Micmac(matrix, 0, 30);
    }

    /**
     * Counts each potential influence P as {@code weight} (0 = excluded, the default).
     *
     * @param weight 0 to 3
     * @return a new analysis with that setting
     * @throws IllegalArgumentException when {@code weight} is outside 0 to 3
     */
    public Micmac potentialAs(int weight) {
        return new Micmac(matrix, weight, maxPower);
    }

    /**
     * Highest matrix power tried before giving up on stable rankings (default 30).
     *
     * @param power at least 2
     * @return a new analysis with that setting
     * @throws IllegalArgumentException when {@code power < 2}
     */
    public Micmac maxPower(int power) {
        return new Micmac(matrix, potentialWeight, power);
    }

    /**
     * Computes direct and indirect influence and dependence, ranks and quadrants of every variable.
     *
     * @return the result
     */
    public MicmacResult run() {
        int n = matrix.size();
        long[][] m = matrix.effective(potentialWeight);
        BigInteger[][] direct = big(m);
        BigInteger[][] p = direct;
        int power = 1;
        boolean stable = false;
        int[] inflRanks = ranks(rowSums(p));
        int[] depRanks = ranks(columnSums(p));
        if (total(p).signum() == 0) {
            stable = true; // nothing influences anything: every power is 0
        }
        for (int k = 2; k <= maxPower && !stable; k++) {
            BigInteger[][] next = multiply(p, direct);
            if (total(next).signum() == 0) {
                break;
            }
            int[] ri = ranks(rowSums(next));
            int[] rd = ranks(columnSums(next));
            p = next;
            power = k;
            stable = Arrays.equals(ri, inflRanks) && Arrays.equals(rd, depRanks);
            inflRanks = ri;
            depRanks = rd;
        }
        BigInteger[] directInfl = rowSums(direct);
        BigInteger[] directDep = columnSums(direct);
        BigInteger[] indInfl = rowSums(p);
        BigInteger[] indDep = columnSums(p);
        BigInteger totalDirect = total(direct);
        BigInteger totalIndirect = total(p);
        int[] dInflRank = ranks(directInfl);
        int[] dDepRank = ranks(directDep);
        int[] iInflRank = ranks(indInfl);
        int[] iDepRank = ranks(indDep);
        List<MicmacVariable> vars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            vars.add(new MicmacVariable(matrix.variables().get(i),
                    directInfl[i].intValueExact(), directDep[i].intValueExact(),
                    rescale(indInfl[i], totalDirect, totalIndirect), rescale(indDep[i], totalDirect, totalIndirect),
                    dInflRank[i], iInflRank[i], dDepRank[i], iDepRank[i],
                    Quadrant.of(high(directInfl[i], totalDirect, n), high(directDep[i], totalDirect, n)),
                    Quadrant.of(high(indInfl[i], totalIndirect, n), high(indDep[i], totalIndirect, n))));
        }
        return new MicmacResult(vars, potentialWeight, power, stable);
    }

    /** value &ge; total / n, exactly; 0 is never high. */
    private static boolean high(BigInteger value, BigInteger total, int n) {
        return value.signum() > 0 && value.multiply(BigInteger.valueOf(n)).compareTo(total) >= 0;
    }

    private static double rescale(BigInteger value, BigInteger totalDirect, BigInteger totalIndirect) {
        if (totalIndirect.signum() == 0) {
            return 0.0;
        }
        return new java.math.BigDecimal(value.multiply(totalDirect))
                .divide(new java.math.BigDecimal(totalIndirect), java.math.MathContext.DECIMAL64).doubleValue();
    }

    private static BigInteger[][] big(long[][] m) {
        BigInteger[][] out = new BigInteger[m.length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                out[i][j] = BigInteger.valueOf(m[i][j]);
            }
        }
        return out;
    }

    private static BigInteger[][] multiply(BigInteger[][] a, BigInteger[][] b) {
        int n = a.length;
        BigInteger[][] out = new BigInteger[n][n];
        for (BigInteger[] row : out) {
            Arrays.fill(row, BigInteger.ZERO);
        }
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                if (a[i][k].signum() == 0) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    if (b[k][j].signum() != 0) {
                        out[i][j] = out[i][j].add(a[i][k].multiply(b[k][j]));
                    }
                }
            }
        }
        return out;
    }

    private static BigInteger[] rowSums(BigInteger[][] p) {
        BigInteger[] out = new BigInteger[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Arrays.stream(p[i]).reduce(BigInteger.ZERO, BigInteger::add);
        }
        return out;
    }

    private static BigInteger[] columnSums(BigInteger[][] p) {
        BigInteger[] out = new BigInteger[p.length];
        Arrays.fill(out, BigInteger.ZERO);
        for (BigInteger[] row : p) {
            for (int j = 0; j < p.length; j++) {
                out[j] = out[j].add(row[j]);
            }
        }
        return out;
    }

    private static BigInteger total(BigInteger[][] p) {
        return Arrays.stream(rowSums(p)).reduce(BigInteger.ZERO, BigInteger::add);
    }

    /** Competition ranks, largest value first: 1 + the number of strictly larger values. */
    static int[] ranks(BigInteger[] values) {
        int[] r = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            int larger = 0;
            for (BigInteger v : values) {
                if (v.compareTo(values[i]) > 0) {
                    larger++;
                }
            }
            r[i] = 1 + larger;
        }
        return r;
    }
}
