package fi.foresight.cib;

import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.Descriptor;
import fi.foresight.model.CibMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small random cross-impact systems for property tests (reproducible from a seed). */
final class RandomSystems {

    private RandomSystems() {
    }

    /**
     * One to four descriptors with one to four variants, impacts in [−3, 3] (about 40 % zeros); with
     * {@code selfImpacts} some diagonal blocks get values too.
     */
    static CrossImpactSystem of(long seed, boolean selfImpacts) {
        SplittableRandom r = new SplittableRandom(seed);
        int n = 1 + r.nextInt(4);
        int[] sizes = new int[n];
        List<Descriptor> ds = new ArrayList<>();
        for (int d = 0; d < n; d++) {
            sizes[d] = 1 + r.nextInt(4);
            String[] v = new String[sizes[d]];
            for (int k = 0; k < v.length; k++) {
                v[k] = "v" + (k + 1);
            }
            ds.add(Descriptor.of("D" + (d + 1), v));
        }
        int total = java.util.Arrays.stream(sizes).sum();
        int[][] rows = new int[total][total];
        int[] owner = new int[total];
        for (int d = 0, c = 0; d < n; d++) {
            for (int k = 0; k < sizes[d]; k++) {
                owner[c++] = d;
            }
        }
        for (int a = 0; a < total; a++) {
            for (int b = 0; b < total; b++) {
                boolean diagonal = owner[a] == owner[b];
                if ((!diagonal || selfImpacts && r.nextInt(3) == 0) && r.nextInt(10) >= 4) {
                    rows[a][b] = r.nextInt(7) - 3;
                }
            }
        }
        return new CrossImpactSystem("random " + seed, ds, CibMatrix.withSelfImpacts(sizes, rows));
    }
}
