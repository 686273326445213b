package fi.foresight.discovery;

/**
 * How scenario discovery searches.
 *
 * @param method    {@code prim} or {@code cart}
 * @param alpha     PRIM's peeling and pasting share per step
 * @param threshold PRIM's density a box must reach
 * @param massMin   the smallest share of all futures in a box (PRIM) or leaf (CART)
 * @param boxes     PRIM's most boxes by covering
 * @param depth     CART's most levels
 * @serial exclude (shipped to Spark tasks as a plain value; its serial form is not an API)
 */
public record DiscoverySettings(String method, double alpha, double threshold, double massMin, int boxes, int depth)
        implements java.io.Serializable {
    /**
     * Checks the method.
     *
     * @param method    {@code prim} or {@code cart}
     * @param alpha     PRIM's peeling share
     * @param threshold PRIM's density threshold
     * @param massMin   the smallest share of futures in a box
     * @param boxes     PRIM's most boxes
     * @param depth     CART's most levels
     * @throws IllegalArgumentException when the method is neither
     */
    public DiscoverySettings {
        if (!"prim".equals(method) && !"cart".equals(method)) {
            throw new IllegalArgumentException("method '" + method + "' is not prim or cart");
        }
    }

    /**
     * Runs the method on the data.
     *
     * @param data the futures
     * @return the boxes, and PRIM's steps of a search that reached no box
     */
    public Found find(DiscoveryData data) {
        if ("prim".equals(method)) {
            Prim prim = new Prim().alpha(alpha).threshold(threshold).massMin(massMin).boxes(boxes);
            return new Found(prim.find(data), prim.unreported());
        }
        return new Found(new Cart().depth(depth).massMin(Math.min(massMin, 0.49)).find(data), java.util.List.of());
    }

    /**
     * What a search found.
     *
     * @param boxes      the boxes
     * @param unreported the steps of PRIM's last search that reached no box (empty otherwise)
     */
    public record Found(java.util.List<DiscoveryBox> boxes, java.util.List<DiscoveryBox.Step> unreported) {
    }
}
