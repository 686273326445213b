package fi.foresight.report;

import fi.foresight.rundir.Manifest;
import java.util.ArrayList;
import java.util.List;

/**
 * The limits of a method that apply to a run's results: an analysis's findings that the bundle marks
 * {@code report.caveat.<key>=true} (e.g. Sobol' indices being approximate with correlated drivers). Wherever the report
 * states a result of that analysis — the brief, the summary, its section — it shows these with it.
 */
final class Caveats {
    private Caveats() {
    }

    /** Whether a finding is a caveat of its method. */
    static boolean isCaveat(Messages m, Manifest.FindingEntry f) {
        return m.find("report.caveat." + f.key()).map(Boolean::parseBoolean).orElse(false);
    }

    /** The caveats of one analysis, in words. */
    static List<String> of(Messages m, Summary summary, Manifest.Analysis entry) {
        var out = new ArrayList<String>();
        for (Manifest.FindingEntry f : entry.findings()) {
            if (isCaveat(m, f)) {
                out.add(summary.sentence(f));
            }
        }
        return out;
    }
}
