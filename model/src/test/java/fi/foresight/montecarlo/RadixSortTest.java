package fi.foresight.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import fi.foresight.sampling.BlockStreams;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class RadixSortTest {
    private static void assertSortsLikeArraysSort(double[] x) {
        double[] expected = x.clone();
        Arrays.sort(expected);
        double[] actual = x.clone();
        new RadixSort().sort(actual, actual.length);
        assertArrayEquals(expected, actual);
    }

    @Test
    void sortsMixedSignsZerosInfinitiesAndTies() {
        UniformRandomProvider rng = BlockStreams.forBlock(1, 0);
        double[] x = new double[5000];
        for (int i = 0; i < x.length; i++) {
            double u = rng.nextDouble();
            x[i] = switch (i % 9) {
                case 0 -> -0.0;
                case 1 -> 0.0;
                case 2 -> Double.NEGATIVE_INFINITY;
                case 3 -> Double.POSITIVE_INFINITY;
                case 4 -> Math.floor(u * 3);
                case 5 -> -u * 1e300;
                case 6 -> u * 1e-300;
                case 7 -> Double.MIN_VALUE * (u < 0.5 ? -1 : 1);
                default -> (u - 0.5) * 10;
            };
        }
        assertSortsLikeArraysSort(x);
    }

    @Test
    void sortsNarrowRangesShortArraysAndPrefixes() {
        UniformRandomProvider rng = BlockStreams.forBlock(2, 0);
        double[] narrow = new double[4096];
        for (int i = 0; i < narrow.length; i++) {
            narrow[i] = 0.5 + rng.nextDouble() * 1e-12;
        }
        assertSortsLikeArraysSort(narrow);
        assertSortsLikeArraysSort(new double[] {3, -1, 2});
        double[] x = {5, 4, 3, 2, 1};
        double[] big = new double[200];
        Arrays.fill(big, 7);
        System.arraycopy(x, 0, big, 0, 5);
        var rs = new RadixSort();
        double[] copy = big.clone();
        rs.sort(copy, 100);
        double[] expected = big.clone();
        Arrays.sort(expected, 0, 100);
        assertArrayEquals(expected, copy);
    }
}
