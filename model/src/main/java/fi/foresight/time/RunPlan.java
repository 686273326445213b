package fi.foresight.time;

import fi.foresight.distributions.Distribution;
import fi.foresight.evaluation.Evaluator;
import fi.foresight.evaluation.Input;
import fi.foresight.model.Driver;
import fi.foresight.model.Horizon;
import fi.foresight.model.Lever;
import fi.foresight.model.Model;
import fi.foresight.model.Scenario;
import fi.foresight.model.Target;
import fi.foresight.model.TimeEvent;
import fi.foresight.sampling.SamplingKernel;
import fi.foresight.sampling.SamplingPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Everything fixed for one scenario × lever before any path runs: the regimes (which changes act in which
 * years, each with its evaluator), the start-value sampling plan, the weight columns, each driver's dynamics,
 * the events, the random channels and the tracked columns. Immutable; shared by the workers.
 */
final class RunPlan {
    /** The evaluator in force from year index {@code first} on, and where its weight inputs are found. */
    record Regime(int first, Evaluator evaluator, int[] weightColumn) {
    }

    final String scenario;
    final String lever;
    final Horizon horizon;
    final int years;
    final double[] yearValue;
    final List<Regime> regimes;
    final int[] regimeAt;
    final SamplingPlan startPlan;
    final int drivers;
    /** Weight columns beyond the first regime's inputs, drawn from the weights channel. */
    final List<Distribution> extraWeights;
    final int weightColumns;
    final DriverDynamics[] dynamics;
    final TimeEvent[] events;
    final int[] eventChannel;
    final int weightsChannel;
    /** Stable names of the random channels, in channel order; their seeds derive from them. */
    final List<String> channels;
    final List<String> outputs;
    final int[] tracked;
    final List<String> trackedNames;
    final Target[] targets;
    final int[] targetColumn;
    final int[] previousDriver;
    final int[] previousOutput;
    final int samplePaths;

    private RunPlan(Model model, Scenario scenario, Lever lever, TrajectorySettings settings, SamplingKernel kernel) {
        this.scenario = scenario.id();
        this.lever = lever.id();
        this.horizon = model.horizon().orElseThrow();
        this.years = horizon.size();
        this.yearValue = new double[years];
        for (int t = 0; t < years; t++) {
            yearValue[t] = horizon.year(t);
        }
        this.drivers = model.drivers().size();
        this.samplePaths = settings.samplePaths();
        int sFrom = scenario.from() == null ? 0 : horizon.firstIndexFrom(scenario.from());
        int lFrom = lever.from() == null ? 0 : horizon.firstIndexFrom(lever.from());
        var firsts = new TreeSet<Integer>(List.of(0, sFrom, lFrom));
        firsts.removeIf(f -> f >= years);
        var weightNames = new ArrayList<String>();
        var weightDists = new ArrayList<Distribution>();
        var regs = new ArrayList<Regime>();
        for (int first : firsts) {
            Scenario s = first >= sFrom ? scenario : withoutChanges(scenario);
            Lever l = first >= lFrom ? lever : withoutChanges(lever);
            Evaluator ev = Evaluator.of(model, s, l);
            List<Input> inputs = ev.inputs();
            int[] columns = new int[inputs.size() - drivers];
            for (int j = drivers; j < inputs.size(); j++) {
                Input in = inputs.get(j);
                int c = -1;
                for (int w = 0; w < weightNames.size() && c < 0; w++) {
                    if (weightNames.get(w).equals(in.name()) && weightDists.get(w).equals(in.distribution())) {
                        c = w;
                    }
                }
                if (c < 0) {
                    c = weightNames.size();
                    weightNames.add(in.name());
                    weightDists.add(in.distribution());
                }
                columns[j - drivers] = c;
            }
            regs.add(new Regime(first, ev, columns));
        }
        this.regimes = List.copyOf(regs);
        this.regimeAt = new int[years];
        for (int r = 0; r < regimes.size(); r++) {
            for (int t = regimes.get(r).first(); t < years; t++) {
                regimeAt[t] = r;
            }
        }
        Evaluator first = regimes.get(0).evaluator();
        this.startPlan = SamplingPlan.of(first.inputs(), model.correlations(), settings.design()).withKernel(kernel);
        int startWeights = first.inputs().size() - drivers;
        this.weightColumns = weightNames.size();
        this.extraWeights = List.copyOf(weightDists.subList(startWeights, weightDists.size()));
        this.events = model.events().toArray(new TimeEvent[0]);

        var channelNames = new ArrayList<String>();
        this.dynamics = new DriverDynamics[drivers];
        for (int i = 0; i < drivers; i++) {
            Driver d = model.drivers().get(i);
            Distribution[] redraw = new Distribution[regimes.size()];
            boolean anyRedraw = false;
            for (int r = 1; r < regimes.size(); r++) {
                Distribution before = regimes.get(r - 1).evaluator().inputs().get(i).distribution();
                Distribution after = regimes.get(r).evaluator().inputs().get(i).distribution();
                if (!before.equals(after)) {
                    redraw[r] = after;
                    anyRedraw = true;
                }
            }
            boolean affected = false;
            for (TimeEvent e : events) {
                for (TimeEvent.Effect f : e.effects()) {
                    affected |= f.driver().equals(d.id());
                }
            }
            if (d.isTimeVarying() || anyRedraw || affected) {
                int channel = channelNames.size();
                channelNames.add("driver:" + d.id());
                dynamics[i] = DriverDynamics.of(i, d, redraw, events, horizon, channel);
            }
        }
        this.eventChannel = new int[events.length];
        for (int e = 0; e < events.length; e++) {
            eventChannel[e] = channelNames.size();
            channelNames.add("event:" + events[e].id());
        }
        this.weightsChannel = extraWeights.isEmpty() ? -1 : channelNames.size();
        if (!extraWeights.isEmpty()) {
            channelNames.add("weights");
        }
        this.channels = List.copyOf(channelNames);

        this.outputs = first.outputs();
        this.trackedNames = settings.outcomes();
        this.tracked = trackedNames.stream().mapToInt(outputs::indexOf).toArray();
        this.targets = model.targets().toArray(new Target[0]);
        this.targetColumn = new int[targets.length];
        for (int g = 0; g < targets.length; g++) {
            targetColumn[g] = outputs.indexOf(targets[g].outcome());
        }
        List<String> previous = first.previous();
        this.previousDriver = new int[previous.size()];
        this.previousOutput = new int[previous.size()];
        for (int p = 0; p < previous.size(); p++) {
            previousDriver[p] = model.driverIndex(previous.get(p));
            previousOutput[p] = outputs.indexOf(previous.get(p));
        }
    }

    static RunPlan of(Model model, Scenario scenario, Lever lever, TrajectorySettings settings) {
        return new RunPlan(model, scenario, lever, settings, SamplingKernel.PORTABLE);
    }

    /** The plan with start values drawn by the given sampling kernel (a static run at a year uses its own). */
    static RunPlan of(Model model, Scenario scenario, Lever lever, TrajectorySettings settings,
                      SamplingKernel kernel) {
        return new RunPlan(model, scenario, lever, settings, kernel);
    }

    /** The regime's weight columns, for building a kernel's input array. */
    int startWeights() {
        return regimes.get(0).weightColumn().length;
    }

    private static Scenario withoutChanges(Scenario s) {
        return new Scenario(s.id(), s.label(), s.labelFi(), s.description(), s.descriptionFi(), s.sources(), List.of());
    }

    private static Lever withoutChanges(Lever l) {
        return new Lever(l.id(), l.label(), l.labelFi(), l.description(), l.descriptionFi(), l.sources(), List.of());
    }
}
