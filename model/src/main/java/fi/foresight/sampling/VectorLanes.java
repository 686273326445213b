package fi.foresight.sampling;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The lane stream on the Vector API: the 8 generators as two 4-lane (256-bit) vectors, so the numbers do not
 * depend on the machine's vector width; the transforms use the preferred width (they are element-wise, so the
 * width does not change the numbers either). Loaded by name from {@link Lanes#create()} only when
 * {@code jdk.incubator.vector} is present; never referenced directly by other classes.
 */
final class VectorLanes extends Lanes {
    private static final VectorSpecies<Long> L4 = LongVector.SPECIES_256;
    private static final VectorSpecies<Double> D4 = DoubleVector.SPECIES_256;
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

    VectorLanes() {
        if (L4.length() * 2 != LANES) {
            throw new IllegalStateException("lane layout");
        }
    }

    @Override
    void uniforms(double[] u, int n) {
        LongVector a0 = LongVector.fromArray(L4, s0, 0);
        LongVector b0 = LongVector.fromArray(L4, s1, 0);
        LongVector c0 = LongVector.fromArray(L4, s2, 0);
        LongVector d0 = LongVector.fromArray(L4, s3, 0);
        LongVector a1 = LongVector.fromArray(L4, s0, 4);
        LongVector b1 = LongVector.fromArray(L4, s1, 4);
        LongVector c1 = LongVector.fromArray(L4, s2, 4);
        LongVector d1 = LongVector.fromArray(L4, s3, 4);
        int full = n - n % LANES;
        int i = 0;
        for (; i < full; i += LANES) {
            LongVector x0 = rotl(a0.add(d0), 23).add(a0);
            LongVector x1 = rotl(a1.add(d1), 23).add(a1);
            LongVector t0 = b0.lanewise(VectorOperators.LSHL, 17);
            LongVector t1 = b1.lanewise(VectorOperators.LSHL, 17);
            c0 = c0.lanewise(VectorOperators.XOR, a0);
            c1 = c1.lanewise(VectorOperators.XOR, a1);
            d0 = d0.lanewise(VectorOperators.XOR, b0);
            d1 = d1.lanewise(VectorOperators.XOR, b1);
            b0 = b0.lanewise(VectorOperators.XOR, c0);
            b1 = b1.lanewise(VectorOperators.XOR, c1);
            a0 = a0.lanewise(VectorOperators.XOR, d0);
            a1 = a1.lanewise(VectorOperators.XOR, d1);
            c0 = c0.lanewise(VectorOperators.XOR, t0);
            c1 = c1.lanewise(VectorOperators.XOR, t1);
            d0 = rotl(d0, 45);
            d1 = rotl(d1, 45);
            toUnit(x0).intoArray(u, i);
            toUnit(x1).intoArray(u, i + 4);
        }
        a0.intoArray(s0, 0);
        b0.intoArray(s1, 0);
        c0.intoArray(s2, 0);
        d0.intoArray(s3, 0);
        a1.intoArray(s0, 4);
        b1.intoArray(s1, 4);
        c1.intoArray(s2, 4);
        d1.intoArray(s3, 4);
        scalarSteps(u, i, n);
    }

    /** Rotation by shifts: JDK 17's {@code VectorOperators.ROL} on longs is not intrinsified (8× slower). */
    private static LongVector rotl(LongVector x, int k) {
        return x.lanewise(VectorOperators.LSHL, k).lanewise(VectorOperators.OR, x.lanewise(VectorOperators.LSHR, 64 - k));
    }

    private static DoubleVector toUnit(LongVector x) {
        return x.lanewise(VectorOperators.LSHR, 12).lanewise(VectorOperators.OR, ONE)
                .reinterpretAsDoubles().sub(1.0);
    }

    @Override
    void triangular(double[] u, double[] out, int n, double lo, double hi, double split, double left,
                    double right) {
        int bound = D.loopBound(n);
        int i = 0;
        for (; i < bound; i += D.length()) {
            DoubleVector p = DoubleVector.fromArray(D, u, i);
            VectorMask<Double> lower = p.lt(split);
            DoubleVector arg = DoubleVector.broadcast(D, 1.0).sub(p).mul(right).blend(p.mul(left), lower);
            DoubleVector s = arg.lanewise(VectorOperators.SQRT);
            DoubleVector x = DoubleVector.broadcast(D, hi).sub(s).blend(s.add(lo), lower);
            x.min(hi).max(lo).intoArray(out, i);
        }
        for (; i < n; i++) {
            out[i] = ScalarLanes.triangularAt(u[i], lo, hi, split, left, right);
        }
    }

    @Override
    void uniform(double[] u, double[] out, int n, double lo, double width, double hi) {
        int bound = D.loopBound(n);
        int i = 0;
        for (; i < bound; i += D.length()) {
            DoubleVector.fromArray(D, u, i).mul(width).add(lo).min(hi).intoArray(out, i);
        }
        for (; i < n; i++) {
            out[i] = Math.min(hi, lo + u[i] * width);
        }
    }
}
