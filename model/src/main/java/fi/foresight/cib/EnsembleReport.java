package fi.foresight.cib;

import fi.foresight.model.JudgementSpread;
import fi.foresight.model.CrossImpactSystem;
import fi.foresight.model.CibScenario;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.analysis.Finding;
import fi.foresight.chart.ChartSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What {@link EnsembleAnalysis} finds: each expert's consistent scenarios, the ensemble's, and optionally how
 * often each scenario stays consistent when the judgements vary within their spread.
 *
 * @param system      the system whose experts were analysed
 * @param mean        whether the tolerance applied to the mean matrix (else to the sum)
 * @param tolerance   the inconsistency admitted (for the ensemble on the scale of the mean when {@code mean})
 * @param members     each expert's scenarios within the tolerance
 * @param ensemble    the scenarios of the weighted sum of the experts' matrices
 * @param uncertainty the judgement uncertainty of the ensemble, when asked
 */
public record EnsembleReport(CrossImpactSystem system, boolean mean, int tolerance, EnsembleResult members,
                             CibResult ensemble, Optional<Uncertainty> uncertainty) implements AnalysisResult {

    /** Name of the scenario table. */
    public static final String SCENARIOS = "cib-ensemble-scenarios";
    /** Name of the expert table. */
    public static final String EXPERTS = "cib-ensemble-experts";
    /** Name of the uncertainty table. */
    public static final String UNCERTAINTY = "cib-judgement-uncertainty";
    /** Share of draws at which a scenario counts as stable in the findings. */
    public static final double STABLE = 0.9;

    /**
     * The judgement uncertainty of the ensemble.
     *
     * @param spread the spread of each judgement
     * @param bounds exact robust and possible scenarios
     * @param sample the share of random matrices in which each scenario is consistent
     */
    public record Uncertainty(JudgementSpread spread, UncertaintyBounds bounds, UncertaintySample sample) {
        /**
         * Checks the parts.
         *
         * @param spread the spread of each judgement
         * @param bounds exact robust and possible scenarios
         * @param sample the share of random matrices in which each scenario is consistent
         * @throws NullPointerException when a part is null
         */
        public Uncertainty {
            Objects.requireNonNull(spread, "spread");
            Objects.requireNonNull(bounds, "bounds");
            Objects.requireNonNull(sample, "sample");
        }
    }

    /**
     * Checks the parts.
     *
     * @param system      the system whose experts were analysed
     * @param mean        whether the tolerance applied to the mean matrix (else to the sum)
     * @param tolerance   the inconsistency admitted
     * @param members     each expert's scenarios within the tolerance
     * @param ensemble    the scenarios of the weighted sum of the experts' matrices
     * @param uncertainty the judgement uncertainty of the ensemble, when asked
     * @throws NullPointerException when a part is null
     */
    public EnsembleReport {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(ensemble, "ensemble");
        Objects.requireNonNull(uncertainty, "uncertainty (use Optional.empty())");
    }

    @Override
    public String kind() {
        return "cib_ensemble";
    }

    /**
     * Every scenario consistent in the ensemble or in some expert's matrix, lexicographic.
     *
     * @return the scenarios
     */
    public List<CibScenario> scenarios() {
        TreeSet<CibScenario> all = new TreeSet<>(members.agreement().keySet());
        all.addAll(ensemble.list());
        return List.copyOf(all);
    }

    /**
     * Table {@value #SCENARIOS}: {@code scenario}, {@code variants}, {@code variants_fi}, {@code ensemble} (consistent
     * in the ensemble), {@code experts} (in how many experts' matrices it is consistent), {@code share} (of the
     * experts), {@code expert_names}; one row per scenario of {@link #scenarios()}.
     *
     * @return the table
     */
    public Table scenarioTable() {
        StringColumn scenario = StringColumn.create("scenario");
        StringColumn variants = StringColumn.create("variants");
        StringColumn variantsFi = StringColumn.create("variants_fi");
        BooleanColumn inEnsemble = BooleanColumn.create("ensemble");
        IntColumn count = IntColumn.create("experts");
        DoubleColumn share = DoubleColumn.create("share");
        StringColumn names = StringColumn.create("expert_names");
        Map<CibScenario, List<String>> who = members.agreement();
        int n = members.members().size();
        for (CibScenario s : scenarios()) {
            List<String> w = who.getOrDefault(s, List.of());
            scenario.append(s.toOneBased());
            variants.append(system.describe(s, "en"));
            variantsFi.append(system.describe(s, "fi"));
            inEnsemble.append(ensemble.list().contains(s));
            count.append(w.size());
            share.append(w.size() / (double) n);
            names.append(String.join(", ", w));
        }
        return Table.create(SCENARIOS, scenario, variants, variantsFi, inEnsemble, count, share, names);
    }

    /**
     * Table {@value #EXPERTS}: {@code expert}, {@code weight}, {@code consistent} (scenarios consistent in the
     * expert's matrix), {@code also_in_ensemble} (of them, those consistent in the ensemble too).
     *
     * @return the table, one row per expert
     */
    public Table expertTable() {
        StringColumn expert = StringColumn.create("expert");
        IntColumn weight = IntColumn.create("weight");
        IntColumn consistent = IntColumn.create("consistent");
        IntColumn shared = IntColumn.create("also_in_ensemble");
        for (int k = 0; k < members.members().size(); k++) {
            CibEnsemble.Member m = members.ensemble().members().get(k);
            List<CibScenario> own = members.members().get(k).list();
            expert.append(m.name());
            weight.append(m.weight());
            consistent.append(own.size());
            shared.append((int) own.stream().filter(ensemble.list()::contains).count());
        }
        return Table.create(EXPERTS, expert, weight, consistent, shared);
    }

    /**
     * Table {@value #UNCERTAINTY} when uncertainty was asked: one row per scenario consistent for some admissible
     * matrix, with {@code scenario}, {@code variants}, {@code variants_fi}, {@code nominal} (consistent as judged),
     * {@code robust} (for every admissible matrix), {@code draws_consistent} and {@code share} of the draws.
     *
     * @return the table, or empty
     */
    public Optional<Table> uncertaintyTable() {
        return uncertainty.map(u -> {
            StringColumn scenario = StringColumn.create("scenario");
            StringColumn variants = StringColumn.create("variants");
            StringColumn variantsFi = StringColumn.create("variants_fi");
            BooleanColumn nominal = BooleanColumn.create("nominal");
            BooleanColumn robust = BooleanColumn.create("robust");
            IntColumn count = IntColumn.create("draws_consistent");
            DoubleColumn share = DoubleColumn.create("share");
            for (CibScenario s : u.bounds().possible()) {
                scenario.append(s.toOneBased());
                variants.append(system.describe(s, "en"));
                variantsFi.append(system.describe(s, "fi"));
                nominal.append(u.bounds().nominal().contains(s));
                robust.append(u.bounds().robust().contains(s));
                count.append(u.sample().counts().getOrDefault(s, 0));
                share.append(u.sample().frequency(s));
            }
            return Table.create(UNCERTAINTY, scenario, variants, variantsFi, nominal, robust, count, share);
        });
    }

    @Override
    public List<Table> tables() {
        List<Table> out = new ArrayList<>();
        out.add(scenarioTable());
        out.add(expertTable());
        uncertaintyTable().ifPresent(out::add);
        return out;
    }

    /**
     * {@code cib-ensemble-agreement} (scenarios × experts and the ensemble, when some scenario is consistent) and
     * {@code cib-judgement-uncertainty} (share of draws per scenario, when uncertainty was asked).
     */
    @Override
    public Map<String, ChartSpec> charts() {
        Map<String, ChartSpec> out = new LinkedHashMap<>();
        if (!scenarios().isEmpty()) {
            out.put("cib-ensemble-agreement", EnsembleCharts.agreement(this));
        }
        uncertainty.filter(u -> !u.bounds().possible().isEmpty())
                .ifPresent(u -> out.put("cib-judgement-uncertainty", EnsembleCharts.uncertainty(this, u)));
        return out;
    }

    @Override
    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        Map<CibScenario, List<String>> who = members.agreement();
        int n = members.members().size();
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("experts", n);
        a.put("count", ensemble.size());
        a.put("unanimous", (int) ensemble.list().stream()
                .filter(s -> who.getOrDefault(s, List.of()).size() == n).count());
        a.put("expert_only", (int) who.keySet().stream().filter(s -> !ensemble.list().contains(s)).count());
        a.put("space", system.matrix().scenarioCount());
        out.add(new Finding("cib_ensemble.agreement", a, 0));
        uncertainty.ifPresent(u -> {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("spread", u.spread().width());
            b.put("nominal", u.bounds().nominal().size());
            b.put("robust", u.bounds().robust().size());
            b.put("draws", u.sample().draws());
            b.put("stable", (int) u.bounds().nominal().stream()
                    .filter(s -> u.sample().frequency(s) >= STABLE).count());
            b.put("possible", u.bounds().possible().size());
            String source = u.spread().source();
            out.add(new Finding("cib_ensemble.uncertainty" + ("uniform".equals(source) ? "" : "_" + source), b, 1));
        });
        return out;
    }
}
