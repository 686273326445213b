// expect-charts: 4
//
// 06 · A robust strategy: which thesis works in every future, and what to find out first?
//
// Open with:  ./foresight jshell notebooks/06-robust-strategy.jsh
//
// Notebook 02 ranked the strategy's theses (levers) by their mean index per scenario. A strategy team asks more:
// which thesis would we hardly regret whichever future comes (robustness), which uncertainty is worth researching
// before we choose (the value of information), and how strong a thesis must be to give the 2030 target a fair
// chance (goal seek). All three run on the same simulated futures for every thesis (common random numbers), so
// the differences between theses are the theses' own, not sampling noise.

Model model = Model.load(scenarios.resolve("kanta-hame/model.yaml"))
String[] futures = {"gateway_east", "scattered_east", "baltic_turn", "inward_region", "wild_card_east_closes"}

// --- 1. Robustness: mean, worst future, maximum regret, satisficing ---------------------------------------------
// For each thesis: its mean index over all futures, its mean in its worst future, its largest regret (how far it
// falls behind the thesis that is best in a future, the largest over the futures) and the share of simulated
// futures that meet the model's target index >= 0.6. Rank 1 is the best by each measure.

RobustnessResult robust = Robustness.of(model).outcome("internationalisation_index").scenarios(futures).
        samples(4000).seed(20181122).run()
print(robust.tables().get(0).selectColumns("lever", "mean", "worst", "worst_scenario", "max_regret", "satisficing",
        "rank_regret"))
RobustnessMetrics m = robust.metrics()
System.out.printf("Robust thesis: %s (largest regret %.4f, in %s)%n", m.levers().get(m.robust()),
        m.maxRegret()[m.robust()], m.scenarios().get(m.maxRegretScenario()[m.robust()]))

// The regret grid shows where each thesis falls behind; a row of zeros is a thesis that is best in every future.
Charts.show(robust.charts().get("robustness-regret"))
Charts.show(robust.charts().get("robustness-tradeoff"))

// Regret is defined on scenario means. The same numbers from a hand-made table (scenario x lever) show the
// definition at work: in A the best is 10, in B 7, so x regrets 5 (in B), y 2 (in A) and z 6 (in A).
RobustnessMetrics hand = RobustnessMetrics.of(List.of("A", "B"), List.of("x", "y", "z"),
        new double[][] {{10, 8, 4}, {2, 6, 7}}, null, null, true)
System.out.println("Maximum regret by hand: " + Arrays.toString(hand.maxRegret()))

// --- 2. What to find out first: EVPI and EVPPI ------------------------------------------------------------------
// EVPI is how much the expected index would improve if we knew the future in full before choosing a thesis;
// EVPPI the same for one assumption (or a panel's weights, or which scenario comes true). The largest EVPPI is
// what to research first; values near zero mean that knowing would not change the choice.

ValueOfInformationResult voi = ValueOfInformation.of(model).outcome("internationalisation_index").
        scenarios(futures).samples(2000).seed(20181122).run()
print(voi.tables().get(0).first(8))
Charts.show(voi.charts().get("value-of-information"))
voi.findings().forEach(System.out::println)

// --- 3. Goal seek: how strong must direct funding be? -----------------------------------------------------------
// The smallest strength of "direct services and funding at internationalisation" (1 = the planned shift of 0.10)
// for a one-in-four chance of the 2030 target, P(index >= 0.6) >= 0.25, per future; "not reachable within
// [0, 5]" is an answer too.

GoalSeekResult seek = GoalSeek.of(model).lever("direct_funding").
        target(Target.atLeast("internationalisation_index", 0.6)).probability(0.25).range(0, 5).tolerance(0.05).
        scenarios(futures).samples(2000).seed(20181122).run()
print(seek.tables().get(0).selectColumns("scenario", "answer", "status", "probability_at_answer"))
Charts.show(seek.charts().get("goal-seek"))

// --- 4. Where the 2030 target is missed (scenario discovery) ---------------------------------------------------
// PRIM and CART over the simulated futures (job type scenario_discovery) answer it; they land in a later build
// and will get their section here.
