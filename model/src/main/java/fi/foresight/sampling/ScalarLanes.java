package fi.foresight.sampling;

/** The lane stream in plain Java: the reference that {@code VectorLanes} reproduces bit for bit. */
final class ScalarLanes extends Lanes {

    @Override
    void uniforms(double[] u, int n) {
        scalarSteps(u, 0, n);
    }

    @Override
    void triangular(double[] u, double[] out, int n, double lo, double hi, double split, double left,
                    double right) {
        for (int i = 0; i < n; i++) {
            out[i] = triangularAt(u[i], lo, hi, split, left, right);
        }
    }

    @Override
    void uniform(double[] u, double[] out, int n, double lo, double width, double hi) {
        for (int i = 0; i < n; i++) {
            out[i] = Math.min(hi, lo + u[i] * width);
        }
    }

    /** The blend of {@code Triangular}'s inverse CDF: exact, as one weight is 1 and the other 0. */
    static double triangularAt(double p, double lo, double hi, double split, double left, double right) {
        boolean lower = p < split;
        double s = Math.sqrt(lower ? p * left : (1 - p) * right);
        double x = lower ? lo + s : hi - s;
        return Math.max(lo, Math.min(hi, x));
    }
}
