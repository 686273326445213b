// expect-charts: 2
//
// 05 · Build your own model in code
//
// Open with:  ./foresight jshell notebooks/05-build-your-own.jsh
//
// Not every question arrives as a finished model file. In a workshop we often sketch a model live: a few
// drivers, a rough outcome, two scenarios, and see at once whether the story holds. Here we sketch the summer
// events of Hämeenlinna in 2030: how many visitors come, what they spend, and whether the city's events bring
// in the revenue the tourism strategy hopes for. Every number is an illustrative assumption.

// --- 1. Drivers: what we are uncertain about -------------------------------------------------------------------
// A driver is a name, a distribution and, for readers, a label, a unit, a category and its sources.

Driver visitors = Driver.of("visitors", Triangular.of(80, 100, 140)).label("Summer event visitors").
        unit("thousand").category("Social").sources("W1")
Driver spend = Driver.of("spend", TruncatedNormal.of(60, 12, 20, 120)).label("Spending per visitor").
        unit("€").category("Economic").sources("W1")
Driver foreign = Driver.of("foreign_share", Beta.of(12, 88)).label("Share of visitors from abroad").
        unit("share").category("Economic").sources("W1")
Driver weather = Driver.of("good_weather", Uniform.of(0.4, 0.8)).label("Share of event days with good weather").
        unit("share").category("Environmental").sources("W2")

// --- 2. The model: outcomes, stakeholders, scenarios, levers ---------------------------------------------------
// Outcomes are expressions over the drivers (and over earlier outcomes); foreign visitors are assumed to spend
// half as much again. A panel weighs drivers into an index: residents and local businesses judge the events'
// "success" differently.

Model events = Model.builder("hameenlinna_events_2030").
        title("Hämeenlinna summer events 2030 (workshop sketch)").
        source("W1", "Assumption: workshop estimate, to be replaced with the visitor survey").
        source("W2", "Assumption: share of good-weather days in recent summers, rounded").
        variable(visitors).variable(spend).variable(foreign).variable(weather).
        outcome(ExpressionOutcome.of("revenue",
                "visitors * spend * (1 + 0.5 * foreign_share) * (0.8 + 0.4 * good_weather) / 1000").
                label("Event revenue").unit("M€")).
        outcome(ExpressionOutcome.of("foreign_revenue",
                "visitors * spend * 1.5 * foreign_share * (0.8 + 0.4 * good_weather) / 1000").
                label("Revenue from foreign visitors").unit("M€")).
        panel(Panel.of("residents").label("Residents").weight("good_weather", 2).weight("visitors", 1)).
        panel(Panel.of("businesses").label("Local businesses").weight("visitors", 2).weight("foreign_share", 2).
                weight("good_weather", 1)).
        weightedIndex("success").
        target(Target.atLeast("revenue", 7)).
        scenario(Scenario.of("fast_rail").label("Faster trains from Helsinki").shift("visitors", 15)).
        scenario(Scenario.of("recession").label("Recession").scale("spend", 0.85).shift("visitors", -10)).
        lever(Lever.of("market_abroad").label("Market the events abroad").set("foreign_share", Beta.of(20, 80))).
        build()

System.out.println(events.title() + ": outcome columns " + events.outcomeColumns())

// A model is checked when it is built: an invalid model never exists. Every problem is listed at once, a typo
// with a suggestion.
try {
    Model.builder("typo").variable(visitors).outcome("revenue", "visitor * 2").build();
} catch (ModelException e) {
    System.out.println("Rejected, as it should be: " + e.getMessage());
}

// --- 3. Check the model against a hand calculation ----------------------------------------------------------
// The drivers are independent, so the expected revenue is the product of expectations. A quick check like this
// catches a wrong unit or a misplaced bracket before anyone reads a chart.

double byHand = visitors.distribution().mean() * spend.distribution().mean() *
        (1 + 0.5 * foreign.distribution().mean()) * (0.8 + 0.4 * weather.distribution().mean()) / 1000
MonteCarloResult run = MonteCarlo.of(events).samples(5_000).seed(11).threads(2).run()
OutcomeStatistics revenue = run.statistics("base", "none", "revenue")
System.out.printf("Expected revenue: by hand %.3f M€, Monte Carlo %.3f ± %.3f M€ (95%%)%n",
        byHand, revenue.mean(), 1.96 * revenue.se())

// --- 4. Scenarios × levers --------------------------------------------------------------------------------------
print(run.summary().where(run.summary().stringColumn("outcome").isIn("revenue", "foreign_revenue", "success")).
        selectColumns("scenario", "lever", "outcome", "mean", "p05", "p95"))
print(run.exceedance())

// Reading: faster trains lift the odds of the revenue target far more than marketing abroad does; marketing
// abroad mostly shifts revenue towards foreign visitors and pleases the businesses' panel. A recession the city
// cannot market its way out of.

Charts.show(MonteCarloCharts.histogram(run.select(List.of("base", "fast_rail", "recession"), List.of("none")), "revenue"))

// --- 5. Which assumption matters? -----------------------------------------------------------------------------
TornadoResult tornado = Tornado.of(events).outcome("revenue").run()
print(tornado.table().selectColumns("variable", "low_output", "high_output", "swing"))
tornado.charts().forEach((name, chart) -> { if (name.startsWith("tornado-")) Charts.show(chart); })

// --- 6. The same model as a file -------------------------------------------------------------------------------
// A sketch that survives the workshop becomes a model file (see docs/model-format.md). The same parser that
// reads files also reads text, so a small model can live right here in the notebook.

Model fromText = ModelFiles.parse("""
        model: hameenlinna_events_mini
        variables:
          visitors: {distribution: {type: triangular, min: 80, mode: 100, max: 140}}
          spend: {distribution: {type: truncated_normal, mean: 60, sd: 12, min: 20, max: 120}}
        outcomes:
          revenue: {expression: "visitors * spend / 1000", unit: "M€"}
        """, "mini.yaml")
System.out.println(MonteCarlo.of(fromText).samples(5_000).seed(11).threads(2).run().
        statistics("base", "none", "revenue"))

// That is the whole toolbox. Save your own model as scenarios/<study>/model.yaml and run it as a batch job with
// a report: ./foresight run <job.yaml> (see the README).
