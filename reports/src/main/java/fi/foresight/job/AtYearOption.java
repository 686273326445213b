package fi.foresight.job;

import fi.foresight.io.Node.Mapping;
import fi.foresight.io.Node.Scalar;
import fi.foresight.io.Node.Scalar.Kind;
import fi.foresight.io.Problems;
import fi.foresight.model.Model;
import fi.foresight.time.YearState;

/**
 * {@code at_year:}, the year of the horizon the static analyses of a model with a horizon run at: read from the job
 * (and from each analysis, {@link AnalysisOptions#atYear()}) and checked against the model's horizon.
 */
final class AtYearOption {
    private AtYearOption() {
    }

    /** {@code at_year:} of the job: a year of the model's horizon, or null when not given (or wrong, reported). */
    static Integer ofJob(Mapping top, Model m, Problems problems) {
        var e = top.entries().get("at_year");
        if (e == null || (e.value() instanceof Scalar s && s.kind() == Kind.NULL)) {
            return null;
        }
        Long v = JobValues.integerOf(e.value(), "at_year", problems);
        if (v == null || m == null) {
            return null;
        }
        String problem = problem(m, v);
        if (problem != null) {
            problems.add(e.value().loc(), "at_year", problem);
            return null;
        }
        return v.intValue();
    }

    /**
     * Why {@code at_year: year} does not fit the model, or null: the model has no horizon, or the year is not one
     * of its years.
     */
    static String problem(Model m, long year) {
        if (m.horizon().isEmpty()) {
            return "at_year " + year + ": model '" + m.id() + "' has no horizon, so its analyses have no year to "
                    + "choose; drop at_year or give the model a horizon: {start, end}";
        }
        var h = m.horizon().get();
        if (year < Integer.MIN_VALUE || year > Integer.MAX_VALUE || !h.contains((int) year)) {
            return "at_year " + year + " is not a year of the model's horizon; choose " + YearState.range(h)
                    + " (default " + h.end() + ", the last)";
        }
        return null;
    }
}
