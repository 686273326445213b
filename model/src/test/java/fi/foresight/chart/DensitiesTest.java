package fi.foresight.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class DensitiesTest {

    @Test
    void edgesSpanTheDataInEqualBins() {
        assertArrayEquals(new double[] {0, 2.5, 5, 7.5, 10}, Densities.edges(0, 10, 4), 1e-12);
        assertArrayEquals(new double[] {2.5, 3.5}, Densities.edges(3, 3, 1), 1e-12);
    }

    @Test
    void countsAreHalfOpenExceptTheLastBin() {
        double[] edges = {0, 1, 2, 3};
        double[] counts = Densities.counts(new double[] {0, 0.5, 1, 1.999, 2, 3, 3.5, -1}, edges);
        // 0 and 0.5 -> bin 0; 1 and 1.999 -> bin 1; 2 and the maximum 3 -> bin 2; 3.5 and -1 are outside
        assertArrayEquals(new double[] {2, 2, 2}, counts);
    }

    @Test
    void kdeOfOnePointOnTheGridIsTheGaussianKernel() {
        double h = 0.7;
        double[] grid = Densities.grid(-5, 5, 201); // step 0.05, 0 is a grid node
        double[] d = Densities.kde(new double[] {0}, h, grid);
        for (int i = 0; i < grid.length; i++) {
            double z = grid[i] / h;
            double exact = Math.abs(z) <= 5 ? Math.exp(-0.5 * z * z) / (h * Math.sqrt(2 * Math.PI)) : 0;
            assertEquals(exact, d[i], 1e-12, "at x = " + grid[i]);
        }
    }

    @Test
    void binnedKdeAgreesWithTheDirectSum() {
        double[] v = ChartGallery.normal(RandomSource.XO_RO_SHI_RO_128_PP.create(7L), 2000, 3, 2);
        double h = Densities.silvermanBandwidth(v);
        double[] grid = Densities.grid(-8, 14, 401); // step 0.055, about h / 8
        double[] binned = Densities.kde(v, h, grid);
        double step = grid[1] - grid[0];
        double peak = 0;
        for (double b : binned) {
            peak = Math.max(peak, b);
        }
        for (int i = 0; i < grid.length; i += 10) {
            double exact = 0;
            for (double x : v) {
                double z = (grid[i] - x) / h;
                exact += Math.exp(-0.5 * z * z);
            }
            exact /= v.length * h * Math.sqrt(2 * Math.PI);
            // linear binning moves each point by at most step/2; the error is O(step^2 / h^2) of the peak
            assertEquals(exact, binned[i], 2 * peak * (step / h) * (step / h), "at x = " + grid[i]);
        }
    }

    @Test
    void kdeIntegratesToOne() {
        double[] v = ChartGallery.normal(RandomSource.XO_RO_SHI_RO_128_PP.create(11L), 5000, 0, 1);
        double h = Densities.silvermanBandwidth(v);
        double[] grid = Densities.grid(-8, 8, 801);
        double[] d = Densities.kde(v, h, grid);
        double step = grid[1] - grid[0];
        double area = 0;
        for (int i = 1; i < grid.length; i++) {
            area += (d[i] + d[i - 1]) / 2 * step;
        }
        assertEquals(1.0, area, 1e-6);
    }

    @Test
    void silvermanBandwidthFollowsTheRuleOfThumb() {
        // values 1..100: sd = 29.0115, IQR (commons-math default estimator) = 75.75 - 25.25 = 50.5
        double[] v = new double[100];
        for (int i = 0; i < 100; i++) {
            v[i] = i + 1;
        }
        double sd = Math.sqrt(100 * 101 / 12.0);
        double expected = 0.9 * Math.min(sd, 50.5 / 1.34) * Math.pow(100, -0.2);
        assertEquals(expected, Densities.silvermanBandwidth(v), 1e-9);
        assertEquals(1e-3 * 4, Densities.silvermanBandwidth(new double[] {4, 4, 4}), 1e-15);
    }
}
