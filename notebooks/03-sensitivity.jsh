// expect-charts: 4
//
// 03 · Which assumptions decide the outcome, and whose weights matter?
//
// Open with:  ./foresight jshell notebooks/03-sensitivity.jsh
//
// A model of Kanta-Häme 2030 is only as good as its most influential assumption. Before a workshop argues
// about every number, sensitivity analysis says which few numbers deserve the argument, and so which survey
// questions or Delphi rounds would pay off. We ask it four ways: one driver at a time (tornado), a quick screen
// of all inputs together (Morris), a share of the variance per driver (Sobol') and, for the weighted index,
// how far a panel's weights could move before the best lever changes (weight sensitivity).

Model model = Model.load(scenarios.resolve("kanta-hame/model.yaml"))

// --- 1. Tornado: one driver at a time --------------------------------------------------------------------------
// Each input swings between its 10th and 90th percentile while all others sit at their medians. Inputs are the
// drivers and, because the panels carry Dirichlet uncertainty about their weights, every panel weight too
// (named weight:panel:driver).

TornadoResult tornado = Tornado.of(model).outcome("internationalised_smes").run()
print(tornado.table().selectColumns("variable", "low_output", "high_output", "swing").first(10))

Swing top = tornado.swings("internationalised_smes").get(0)
System.out.printf("Largest swing: %s moves internationalised SMEs from %.0f to %.0f%n",
        top.label(), top.lowOutput(), top.highOutput())

// The result's own charts (showAll(tornado): a tornado and a spider chart) draw every input. For a workshop
// slide we draw the ten widest bars ourselves, with the drivers' short ids as labels.
List<Swing> ten = tornado.swings("internationalised_smes").subList(0, 10)
Charts.show(Charts.tornado(Text.plain("What moves internationalised SMEs 2030?"),
        Text.plain("Internationalised SMEs in 2030"), Text.plain(ten.stream().map(Swing::variable).toList()),
        ten.stream().mapToDouble(Swing::lowOutput).toArray(),
        ten.stream().mapToDouble(Swing::highOutput).toArray(),
        tornado.base("internationalised_smes")))

// --- 2. Morris screening: all inputs moving ---------------------------------------------------------------------
// Elementary effects along 20 random one-at-a-time trajectories. mu* is an input's overall importance (in
// outcome units per whole range of the input), sigma its interactions or non-linearity. Cheap enough to screen
// dozens of inputs before a costlier Sobol' run.

MorrisResult morris = Morris.of(model).outcome("internationalisation_index").trajectories(20).levels(4).seed(1).run()
print(morris.table().sortDescendingOn("mu_star").selectColumns("variable", "mu_star", "sigma", "mu_star_low", "mu_star_high").first(10))
showAll(morris)

// --- 3. Sobol' indices: shares of the variance ------------------------------------------------------------------
// S1 is the share of the outcome's variance a driver explains alone, ST the share including its interactions.
// A small design (N = 512) is enough to rank the drivers; raise samples() for publication-grade intervals.

SobolResult sobol = Sobol.of(model).outcome("internationalised_smes").samples(512).bootstrap(30).seed(42).run()
print(sobol.table().sortDescendingOn("ST").selectColumns("variable", "S1", "ST", "ST_low", "ST_high").first(8))

// The Kanta-Häme model correlates some drivers (neighbouring sub-regions, climate and interest), so the indices
// are computed through a copula and carry a warning: read them as a ranking, not as an exact split of variance.
sobol.notes().forEach(System.out::println)
showAll(sobol)

// Reading: with these assumptions the 2018 level of internationalisation and the INTERREG decision dominate the
// number of internationalised SMEs. The first is a fact to be measured better (a survey question); the second
// is a lever, and 02-kanta-hame-scenarios.jsh showed what applying for INTERREG is worth.

// --- 4. Whose weights matter? -----------------------------------------------------------------------------------
// The internationalisation index weighs the drivers by three stakeholder panels. Which lever ranks best in the
// base scenario, and how far could one panel's weight on one driver move before that ranking changes? With
// samples() the panels' Dirichlet weight uncertainty also gives each lever's chance of ranking first.

WeightSensitivityResult weights = WeightSensitivity.of(model).scenarios("base").samples(2_000).seed(7).run()
print(weights.alternativeTable())

// Each weight (a share of its panel's total) keeps the ranking within [low, high]; top_two_weight is the share
// at which the second-best lever would overtake the best. The smaller that distance, the more the choice of
// lever hinges on that one judgement: those are the weights to ask the panel about again.
Table intervals = weights.table()
intervals.addColumns(intervals.doubleColumn("top_two_change").abs().setName("distance"))
print(intervals.where(intervals.doubleColumn("distance").isNotMissing()).sortOn("distance").
        selectColumns("panel", "variable", "weight", "low", "high", "top_two_weight").first(8))

weights.mostFragileWeight("internationalisation_index").ifPresent(w -> System.out.printf(
        "Most fragile: the %s panel's weight on %s (share %.3f); at %.3f the two best levers swap places.%n",
        w.panel(), w.variable(), w.weight(), w.topTwoWeight()))

// Each lever's chance of ranking first when the panels' weights vary as their Dirichlet uncertainty allows:
weights.charts().forEach((name, chart) -> { if (name.startsWith("weights-first-")) Charts.show(chart); })

// Next: 04-cross-impact.jsh asks which combinations of driver states are consistent at all.
