// expect-charts: 2
//
// 01 · Getting started: from a model file to a picture of 2030
//
// Open with:  ./foresight jshell notebooks/01-getting-started.jsh
// (startup.jsh has already imported the workbench and found the scenarios/ folder for us.)
//
// In 2018 the regional development centres of Kanta-Häme surveyed nearly 600 entrepreneurs, held workshops and
// wrote an internationalisation strategy for the three sub-regions: Hämeenlinna, Forssa and Riihimäki. The
// workbench carries that study as a scenario model. Its numbers are illustrative assumptions (source A1), to be
// replaced by the study's own survey data; the structure is the study's.

// --- 1. Load the model -----------------------------------------------------------------------------------------
// A model file is data: drivers with uncertain values, stakeholder panels with weights, outcomes, scenarios
// and levers. Loading checks every cross-reference and reports problems as file:line:col.

Model model = Model.load(scenarios.resolve("kanta-hame/model.yaml"))

System.out.println(model.title())
System.out.printf("%d drivers, %d panels, %d outcomes, %d scenarios besides base, %d levers besides none%n",
        model.drivers().size(), model.panels().size(), model.outcomes().size(),
        model.scenarios().size(), model.levers().size())

// --- 2. The drivers as a table ---------------------------------------------------------------------------------
// Each driver is an uncertain quantity: its distribution says what we believe about its value in the study's
// horizon. A Tablesaw table lets us sort, filter and print them like a spreadsheet (print(), from startup.jsh,
// rounds the numbers for reading).

Table drivers = Table.create("drivers",
        StringColumn.create("driver", model.drivers().stream().map(Driver::id)),
        StringColumn.create("category", model.drivers().stream().map(d -> Objects.requireNonNullElse(d.category(), ""))),
        StringColumn.create("distribution", model.drivers().stream().map(d -> Distributions.describe(d.distribution()))),
        DoubleColumn.create("p10", model.drivers().stream().mapToDouble(d -> d.distribution().quantile(0.10))),
        DoubleColumn.create("mean", model.drivers().stream().mapToDouble(d -> d.distribution().mean())),
        DoubleColumn.create("p90", model.drivers().stream().mapToDouble(d -> d.distribution().quantile(0.90))),
        StringColumn.create("sources", model.drivers().stream().map(d -> String.join(" ", d.sources()))))

print(drivers.sortOn("category", "driver"))

// The PESTE-style category is an ordinary column: here are the political drivers, the ones a strategy can move.
print(drivers.where(drivers.stringColumn("category").isEqualTo("Political")))

// Every number above cites the article's sentences (S1…S20) or a labelled assumption (A1…A3):
model.sources().forEach((id, text) -> System.out.println(id + "  " + text))

// --- 3. Whose view counts? -------------------------------------------------------------------------------------
// Three stakeholder panels weigh the drivers differently. The internationalisation index is each panel's
// weighted average of the (scaled) drivers, and a pooled index across the panels.

for (Panel p : model.panels()) {
    System.out.println(p.label() + ": " + p.normalisedWeights());
}

System.out.println(model.outcomeColumns())

// --- 4. Run Monte Carlo ----------------------------------------------------------------------------------------
// We draw 5,000 possible futures of the base scenario with no lever pulled. The seed makes the run reproducible:
// the same seed gives bit-identical numbers on any number of threads.
// The model has a horizon, 2019–2030, and its outcomes are named for 2030: a run is at one year of it, by default
// the last. atYear(2030) says so: drivers that move year by year (growth, random walks, the wild-card event)
// enter at their 2030 state, exactly as the trajectories of notebook 02 reach 2030.

MonteCarloResult base = MonteCarlo.of(model).atYear(2030).scenarios("base").levers("none").samples(5_000).seed(2018).
        threads(2).run()

// The summary has one row per scenario × lever × outcome column; we keep the columns a reader needs (and the
// year the numbers are for).
Table summary = base.summary()
print(summary.selectColumns("year", "outcome", "mean", "p05", "p50", "p95"))

// One number at a time: how many SMEs operate internationally in 2030, and how uncertain is that?
OutcomeStatistics smes = base.statistics("base", "none", "internationalised_smes")
System.out.printf("Internationalised SMEs in %d: median %.0f, 90%% interval %.0f–%.0f%n", base.settings().year(),
        smes.percentile(50), smes.percentile(5), smes.percentile(95))

// The model's targets (index at least 0.6, at least 2,000 internationalised SMEs) and how likely each is met:
print(base.exceedance())

// Reproducible: the same seed on one thread gives exactly the same mean.
double again = MonteCarlo.of(model).atYear(2030).scenarios("base").levers("none").samples(5_000).seed(2018).
        threads(1).run().statistics("base", "none", "internationalised_smes").mean()
System.out.println("Same seed, one thread, same mean: " + (again == smes.mean()))

// --- 5. Pictures ----------------------------------------------------------------------------------------------
// show() opens a window, or without a display saves a PNG under ./charts/ and prints its path.

Charts.show(MonteCarloCharts.histogram(base, "internationalised_smes"))
Charts.show(MonteCarloCharts.exceedance(base, "internationalisation_index"))

// Next: 02-kanta-hame-scenarios.jsh puts the scenarios and the strategy's levers side by side.
