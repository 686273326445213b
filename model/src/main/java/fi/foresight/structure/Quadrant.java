package fi.foresight.structure;

/**
 * The four zones of the influence–dependence map, with the axes at the mean influence and the mean dependence.
 * A value equal to the mean counts as high.
 */
public enum Quadrant {
    /** High influence, low dependence: drivers that shape the system (Godet's "determinant" variables). */
    INFLUENTIAL,
    /** High influence, high dependence: unstable relay variables that pass effects on and feed back. */
    RELAY,
    /** Low influence, high dependence: outcome variables that result from the others. */
    DEPENDENT,
    /** Low influence, low dependence: autonomous variables largely apart from the system's dynamics. */
    AUTONOMOUS;

    /**
     * The zone of a variable given whether its influence and its dependence reach the mean.
     *
     * @param highInfluence true when the variable's influence is at least the mean influence
     * @param highDependence true when the variable's dependence is at least the mean dependence
     * @return the zone of the map
     */
    public static Quadrant of(boolean highInfluence, boolean highDependence) {
        if (highInfluence) {
            return highDependence ? RELAY : INFLUENTIAL;
        }
        return highDependence ? DEPENDENT : AUTONOMOUS;
    }

    /**
     * Lower-case name used in tables ("influential", "relay", "dependent", "autonomous").
     *
     * @return the zone's name in lower case
     */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
