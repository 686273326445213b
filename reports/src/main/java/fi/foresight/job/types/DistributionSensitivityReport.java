package fi.foresight.job.types;

import fi.foresight.model.Model;
import fi.foresight.sensitivity.DistributionSensitivityResult;
import java.util.List;

/**
 * A {@link DistributionSensitivityResult} for the run directory and the report: the
 * {@code distribution-sensitivity} table ordered by δ within each outcome, the largest first, and the result's
 * chart per outcome.
 */
final class DistributionSensitivityReport {
    private DistributionSensitivityReport() {
    }

    static Reported of(DistributionSensitivityResult r, Model model) {
        var table = Rows.sortedWithin(r.table(), "outcome", "delta", true);
        return new Reported(r.kind(), List.of(table), r.charts(v -> InputLabels.of(model, v), c -> InputLabels.outcome(model, c)), r.findings());
    }
}
