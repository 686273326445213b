package fi.foresight.discovery;

import java.util.List;
import java.util.SplittableRandom;

/** The planted box of the tests: y = 1 when x1 > 0.7 and x2 < 0.3, with x1, x2, x3 ~ U(0, 1). */
final class PlantedBox {
    private PlantedBox() {
    }

    static DiscoveryData data(int n, long seed) {
        var rng = new SplittableRandom(seed);
        double[][] x = new double[3][n];
        boolean[] y = new boolean[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < 3; k++) {
                x[k][i] = rng.nextDouble();
            }
            y[i] = x[0][i] > 0.7 && x[1][i] < 0.3;
        }
        return new DiscoveryData(List.of("x1", "x2", "x3"), List.of(List.of(), List.of(), List.of()), x, y);
    }
}
