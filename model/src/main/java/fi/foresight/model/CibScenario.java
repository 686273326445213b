package fi.foresight.model;

import java.util.Arrays;

/**
 * A CIB scenario: one chosen variant per descriptor, held as 0-based variant indices. Printed and parsed in
 * the 1-based form of ScenarioWizard solution files ({@code "2 3 2"}). Scenarios order lexicographically by
 * their variant indices.
 *
 * <pre>{@code
 * CibScenario s = CibScenario.parse("2 3 2");   // variants 2, 3, 2 (1-based)
 * s.variant(1);                                  // 2 (0-based index of the third variant)
 * }</pre>
 */
public final class CibScenario implements Comparable<CibScenario> {

    private final int[] variants;

    private CibScenario(int[] variants) {
        this.variants = variants;
    }

    /**
     * A scenario from 0-based variant indices, one per descriptor.
     *
     * @param variants one 0-based variant index per descriptor
     * @return the scenario
     * @throws IllegalArgumentException when there is no variant or an index is negative
     */
    public static CibScenario of(int... variants) {
        if (variants.length == 0) {
            throw new IllegalArgumentException("a scenario needs one variant per descriptor; got none");
        }
        for (int d = 0; d < variants.length; d++) {
            if (variants[d] < 0) {
                throw new IllegalArgumentException("variant index " + variants[d] + " of descriptor " + (d + 1)
                        + " is negative; indices are 0-based and >= 0");
            }
        }
        return new CibScenario(variants.clone());
    }

    /**
     * Parses 1-based variant numbers separated by blanks, e.g. {@code "2 3 2"}.
     *
     * @param oneBased 1-based variant numbers, e.g. {@code "2 3 2"}
     * @return the scenario
     * @throws IllegalArgumentException when the text is not such numbers
     */
    public static CibScenario parse(String oneBased) {
        String[] parts = oneBased.trim().split("\\s+");
        int[] v = new int[parts.length];
        for (int d = 0; d < parts.length; d++) {
            try {
                v[d] = Integer.parseInt(parts[d]) - 1;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + parts[d] + "\" in scenario \"" + oneBased
                        + "\" is not a variant number; write 1-based numbers separated by blanks, e.g. \"2 3 1\"");
            }
            if (v[d] < 0) {
                throw new IllegalArgumentException("variant number " + parts[d] + " in \"" + oneBased
                        + "\" must be >= 1 (numbers are 1-based)");
            }
        }
        return new CibScenario(v);
    }

    /**
     * A scenario that takes ownership of 0-based variant indices without checking or copying them (for the
     * analyses that produce scenarios in inner loops); the array must not be changed afterwards.
     *
     * @param owned one 0-based variant index per descriptor
     * @return the scenario
     */
    public static CibScenario wrap(int[] owned) {
        return new CibScenario(owned);
    }

    /**
     * Number of descriptors.
     *
     * @return the number of descriptors
     */
    public int size() {
        return variants.length;
    }

    /**
     * 0-based variant index of descriptor {@code d}.
     *
     * @param d a descriptor index
     * @return its variant index
     */
    public int variant(int d) {
        return variants[d];
    }

    /**
     * The 0-based variant indices (a copy).
     *
     * @return a copy of the indices
     */
    public int[] variants() {
        return variants.clone();
    }

    /**
     * A copy with descriptor {@code d} set to the 0-based variant {@code v}.
     *
     * @param d a descriptor index
     * @param v a 0-based variant index
     * @return the new scenario
     */
    public CibScenario with(int d, int v) {
        int[] copy = variants.clone();
        copy[d] = v;
        return of(copy);
    }

    /**
     * 1-based variant numbers joined by single spaces, as in ScenarioWizard solution files.
     *
     * @return the numbers, e.g. {@code "2 3 2"}
     */
    public String toOneBased() {
        StringBuilder sb = new StringBuilder();
        for (int d = 0; d < variants.length; d++) {
            if (d > 0) {
                sb.append(' ');
            }
            sb.append(variants[d] + 1);
        }
        return sb.toString();
    }

    /**
     * The 0-based variant indices, not copied (for the analyses' inner loops); callers must not modify them.
     *
     * @return one 0-based variant index per descriptor
     */
    public int[] raw() {
        return variants;
    }

    @Override
    public int compareTo(CibScenario o) {
        return Arrays.compare(variants, o.variants);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CibScenario s && Arrays.equals(variants, s.variants);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(variants);
    }

    @Override
    public String toString() {
        return "[" + toOneBased() + "]";
    }
}
