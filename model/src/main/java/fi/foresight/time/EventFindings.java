package fi.foresight.time;

import fi.foresight.analysis.Finding;
import fi.foresight.model.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Findings on the time events that clearly move an outcome by the horizon's end, so that a wild card whose chance
 * is too small for the one-at-a-time tornado is never silently absent from the summary of what matters.
 *
 * <p>Key {@code trajectories.event_effect}, for the reference run (the base scenario when run, else the first),
 * for each event × outcome whose effect is at least {@value #CLEAR} standard errors and at least
 * {@value #SHARE_OF_MEAN} of the outcome's mean in magnitude; arguments {@code scenario, lever, event, outcome,
 * year, share, with, without}. Rank 9: before the sensitivity analyses' own summaries.
 */
final class EventFindings {
    /** An effect this many standard errors from zero is clear. */
    static final double CLEAR = 4;
    /** An effect this share of the outcome's mean (in magnitude) or more matters. */
    static final double SHARE_OF_MEAN = 0.01;

    private EventFindings() {
    }

    static List<Finding> of(List<RunTrajectories> runs) {
        var out = new ArrayList<Finding>();
        if (runs.isEmpty()) {
            return out;
        }
        RunTrajectories ref = runs.stream().filter(r -> r.scenario().equals(Scenario.BASE)).findFirst()
                .orElse(runs.get(0));
        for (EventEffect e : ref.eventEffects()) {
            double effect = e.effect();
            double mean = e.with().merge(e.without()).mean();
            if (Double.isNaN(effect) || !(Math.abs(effect) >= CLEAR * e.se())
                    || !(Math.abs(effect) >= SHARE_OF_MEAN * Math.abs(mean))) {
                continue;
            }
            var args = new LinkedHashMap<String, Object>();
            args.put("scenario", e.scenario());
            args.put("lever", e.lever());
            args.put("event", e.event());
            args.put("outcome", e.outcome());
            args.put("year", e.year());
            args.put("share", e.share());
            args.put("with", e.with().mean());
            args.put("without", e.without().mean());
            out.add(new Finding("trajectories.event_effect", args, 9));
        }
        return out;
    }
}
