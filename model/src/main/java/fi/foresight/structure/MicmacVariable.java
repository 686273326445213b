package fi.foresight.structure;

import java.util.Objects;

/**
 * One variable of a MICMAC result.
 *
 * @param variable               the variable's name
 * @param directInfluence        row sum of the direct matrix
 * @param directDependence       column sum of the direct matrix
 * @param indirectInfluence      row sum of M^k, rescaled to the direct total
 * @param indirectDependence     column sum of M^k, rescaled to the direct total
 * @param directInfluenceRank    competition rank by direct influence (1 = highest)
 * @param indirectInfluenceRank  rank by indirect influence
 * @param directDependenceRank   rank by direct dependence
 * @param indirectDependenceRank rank by indirect dependence
 * @param quadrant               zone on the direct influence–dependence map
 * @param indirectQuadrant       zone on the indirect map
 */
public record MicmacVariable(String variable, int directInfluence, int directDependence, double indirectInfluence,
                             double indirectDependence, int directInfluenceRank, int indirectInfluenceRank,
                             int directDependenceRank, int indirectDependenceRank, Quadrant quadrant,
                             Quadrant indirectQuadrant) {

    /**
     * Checks the parts.
     *
     * @param variable               the variable's name
     * @param directInfluence        row sum of the direct matrix
     * @param directDependence       column sum of the direct matrix
     * @param indirectInfluence      row sum of M^k, rescaled to the direct total
     * @param indirectDependence     column sum of M^k, rescaled to the direct total
     * @param directInfluenceRank    competition rank by direct influence (1 = highest)
     * @param indirectInfluenceRank  rank by indirect influence
     * @param directDependenceRank   rank by direct dependence
     * @param indirectDependenceRank rank by indirect dependence
     * @param quadrant               zone on the direct influence–dependence map
     * @param indirectQuadrant       zone on the indirect map
     * @throws NullPointerException     when the variable or a quadrant is null
     * @throws IllegalArgumentException when an influence or dependence is negative
     */
    public MicmacVariable {
        Objects.requireNonNull(variable, "variable");
        Objects.requireNonNull(quadrant, "quadrant");
        Objects.requireNonNull(indirectQuadrant, "indirectQuadrant");
        if (directInfluence < 0 || directDependence < 0 || indirectInfluence < 0 || indirectDependence < 0) {
            throw new IllegalArgumentException("influence and dependence of " + variable + " must be >= 0");
        }
    }

    /**
     * Direct minus indirect influence rank: positive when the variable rises once indirect effects count.
     *
     * @return the direct influence rank minus the indirect influence rank
     */
    public int influenceDisplacement() {
        return directInfluenceRank - indirectInfluenceRank;
    }

    /**
     * Direct minus indirect dependence rank.
     *
     * @return the direct dependence rank minus the indirect dependence rank; positive when the variable ranks higher
     *     once indirect effects count
     */
    public int dependenceDisplacement() {
        return directDependenceRank - indirectDependenceRank;
    }
}
