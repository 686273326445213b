package fi.foresight.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SaltelliDesignTest {

    @Test
    void shiftedSobolPointsKeepEveryCoordinateStratifiedAndStayInsideTheOpenUnitInterval() {
        int k = 4;
        int n = 1 << 11;
        SaltelliDesign d = SaltelliDesign.sobol(k, 123);
        double[][] a = new double[k][n];
        double[][] b = new double[k][n];
        // two blocks, to cover the block-wise skipTo
        double[][] a2 = new double[k][SaltelliDesign.BLOCK];
        double[][] b2 = new double[k][SaltelliDesign.BLOCK];
        for (int block = 0; block < n / SaltelliDesign.BLOCK; block++) {
            d.fill(block, block * SaltelliDesign.BLOCK, SaltelliDesign.BLOCK, a2, b2);
            for (int i = 0; i < k; i++) {
                System.arraycopy(a2[i], 0, a[i], block * SaltelliDesign.BLOCK, SaltelliDesign.BLOCK);
                System.arraycopy(b2[i], 0, b[i], block * SaltelliDesign.BLOCK, SaltelliDesign.BLOCK);
            }
        }
        for (double[][] m : new double[][][] {a, b}) {
            for (double[] column : m) {
                // a digital shift permutes the 2^11 elementary intervals, so each still holds exactly one point
                boolean[] hit = new boolean[n];
                for (double u : column) {
                    assertTrue(u > 0 && u < 1, "u = " + u);
                    int cell = (int) (u * n);
                    assertTrue(!hit[cell], "two points in cell " + cell);
                    hit[cell] = true;
                }
            }
        }
        // the same rows whether produced in one go or block by block
        double[][] whole = new double[k][n];
        double[][] wholeB = new double[k][n];
        d.fill(0, 0, n, whole, wholeB);
        for (int i = 0; i < k; i++) {
            assertEquals(java.util.Arrays.toString(whole[i]), java.util.Arrays.toString(a[i]));
        }
    }

    @Test
    void theSeedChangesTheShift() {
        double[][] a = new double[2][8];
        double[][] b = new double[2][8];
        double[][] c = new double[2][8];
        double[][] e = new double[2][8];
        SaltelliDesign.sobol(2, 1).fill(0, 0, 8, a, b);
        SaltelliDesign.sobol(2, 2).fill(0, 0, 8, c, e);
        assertNotEquals(a[0][0], c[0][0]);
    }

    @Test
    void replicatesAreIndependentlyShiftedCopiesInterleavedRowByRow() {
        int k = 3;
        int r = 16;
        int n = 1 << 12;
        SaltelliDesign single = SaltelliDesign.sobol(k, 77, 1);
        SaltelliDesign copies = SaltelliDesign.sobol(k, 77, r);
        double[][] a = new double[k][n];
        double[][] b = new double[k][n];
        double[][] a2 = new double[k][SaltelliDesign.BLOCK];
        double[][] b2 = new double[k][SaltelliDesign.BLOCK];
        for (int block = 0; block < n / SaltelliDesign.BLOCK; block++) {
            copies.fill(block, block * SaltelliDesign.BLOCK, SaltelliDesign.BLOCK, a2, b2);
            for (int i = 0; i < k; i++) {
                System.arraycopy(a2[i], 0, a[i], block * SaltelliDesign.BLOCK, SaltelliDesign.BLOCK);
                System.arraycopy(b2[i], 0, b[i], block * SaltelliDesign.BLOCK, SaltelliDesign.BLOCK);
            }
        }
        // copy 0 is the single-shift design's first n / r points
        double[][] a1 = new double[k][n / r];
        double[][] b1 = new double[k][n / r];
        single.fill(0, 0, n / r, a1, b1);
        for (int j = 0; j < n / r; j++) {
            assertEquals(a1[1][j], a[1][j * r], 0.0, "copy 0, point " + j);
        }
        // within every copy, every prefix of 2^m points keeps each coordinate stratified; the copies differ
        for (int copy = 0; copy < r; copy++) {
            for (int m = n / r; m >= 16; m /= 16) {
                for (double[] column : new double[][] {a[0], a[2], b[1]}) {
                    boolean[] hit = new boolean[m];
                    for (int j = 0; j < m; j++) {
                        int cell = (int) (column[j * r + copy] * m);
                        assertTrue(!hit[cell], "copy " + copy + ": two of its first " + m + " points in cell " + cell);
                        hit[cell] = true;
                    }
                }
            }
            if (copy > 0) {
                assertNotEquals(a[0][copy - 1], a[0][copy], "copies " + (copy - 1) + " and " + copy);
            }
        }
    }
}
