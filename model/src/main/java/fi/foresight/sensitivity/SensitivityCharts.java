package fi.foresight.sensitivity;

import org.knowm.xchart.internal.chartpart.Chart;

/** Charts of the sensitivity results in the shared style. */
final class SensitivityCharts {
    private SensitivityCharts() {
    }

    static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static Chart<?, ?> sobol(SobolResult r, String outcome) {
        throw new UnsupportedOperationException("charts pending");
    }

    static Chart<?, ?> morris(MorrisResult r, String outcome) {
        throw new UnsupportedOperationException("charts pending");
    }

    static Chart<?, ?> tornado(TornadoResult r, String outcome) {
        throw new UnsupportedOperationException("charts pending");
    }

    static Chart<?, ?> spider(TornadoResult r, String outcome) {
        throw new UnsupportedOperationException("charts pending");
    }
}
