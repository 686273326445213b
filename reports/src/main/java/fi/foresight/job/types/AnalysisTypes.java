package fi.foresight.job.types;

import fi.foresight.job.AnalysisRegistry;

/**
 * The analysis types of this build, by the names job files use. This is the one place an analysis is plugged in:
 * the job runner and the report writer loop over results and never name a type. It lives beside the types (not in
 * {@code fi.foresight.job}, which the types depend on) so that the packages form no cycle.
 *
 * <pre>{@code
 * Job job = JobFiles.load(Path.of("jobs/demo.yaml"), JobOverrides.NONE, AnalysisTypes.standard());
 * }</pre>
 */
public final class AnalysisTypes {
    private AnalysisTypes() {
    }

    /**
     * The analyses of this build, in the order the documentation lists them.
     *
     * @return the standard registry
     */
    public static AnalysisRegistry standard() {
        return AnalysisRegistry.empty()
                .register("montecarlo", new MonteCarloType())
                .register("trajectories", new TrajectoriesType())
                .register("sobol", new SobolType())
                .register("morris", new MorrisType())
                .register("tornado", new TornadoType())
                .register("importance", new ImportanceType())
                .register("weights", new WeightsType())
                .register("cib", new CibType())
                .register("micmac", new MicmacType())
                .register("futures_table", new FuturesTableType())
                .register("robustness", new RobustnessType())
                .register("value_of_information", new ValueOfInformationType())
                .register("goal_seek", new GoalSeekType())
                .register("distribution_sensitivity", new DistributionSensitivityType())
                .register("scenario_discovery", new ScenarioDiscoveryType())
                .register("disagreement", new DisagreementType())
                .register("delphi", new DelphiType())
                .register("survey", new SurveyType())
                .register("views", new ViewsType())
                .register("cib_ensemble", new CibEnsembleType());
    }
}
