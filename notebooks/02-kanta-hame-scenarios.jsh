// expect-charts: 4
//
// 02 · Kanta-Häme 2030: a scenario cross, a wild card and the strategy's levers
//
// Open with:  ./foresight jshell notebooks/02-kanta-hame-scenarios.jsh
//
// A strategy is tested against futures it does not control. The Kanta-Häme model crosses two key
// uncertainties of the 2018 study: will the eastern market (St. Petersburg, S17–S18) stay open, and will the
// three sub-regions pull together (S1, S6, S7, S19)? Four scenarios come out of the cross, and a fifth is the
// wild card a 2018 study should have carried: the eastern market closes entirely (what happened after 2022, A2).
// Against them we hold the strategy's theses as levers: what the region can decide.

Model model = Model.load(scenarios.resolve("kanta-hame/model.yaml"))

// --- 1. The scenario cross -------------------------------------------------------------------------------------
//                           regional cooperation strong      regional cooperation fragmented
//   eastern market open     gateway_east                     scattered_east
//   eastern market closed   baltic_turn                      inward_region
//   ...and the wild card    wild_card_east_closes
//
// Each scenario is a set of changes to the base assumptions. A small helper puts a change into words.

String describe(Change change) {
    if (change instanceof Change.SetDistribution c) return c.driver() + " ~ " + Distributions.describe(c.distribution());
    if (change instanceof Change.Shift c) return c.driver() + (c.amount() >= 0 ? " + " : " - ") + Math.abs(c.amount());
    if (change instanceof Change.Scale c) return c.driver() + " × " + c.factor();
    if (change instanceof Change.SetWeight c) return "weight of " + c.driver() + " in " + c.panel() + " = " + c.weight();
    return change.toString();
}

for (Scenario s : model.scenarios()) {
    System.out.println(s.label() + " (" + s.id() + ", sources " + s.sources() + ")");
    System.out.println("    " + s.description());
    s.overrides().forEach(c -> System.out.println("    - " + describe(c)));
}

// --- 2. The levers: the strategy's theses ----------------------------------------------------------------------

for (Lever l : model.levers()) {
    System.out.println(l.label() + " (" + l.id() + "): " + l.overrides().stream().map(c -> describe(c)).toList());
}

// --- 3. Every scenario × every lever ---------------------------------------------------------------------------
// 6 scenarios (base included) × 6 levers (none included) = 36 runs. Every run uses the same random numbers
// (common random numbers), so a difference between two cells is the scenario's or the lever's doing, not noise.

MonteCarloResult result = MonteCarlo.of(model).samples(2_000).seed(2018).threads(2).run()
List<String> scenarioIds = result.settings().scenarios()
List<String> leverIds = result.settings().levers()

// A comparison table built by hand: one row per scenario, one column per lever, mean internationalised SMEs.
Table smes = Table.create("Internationalised SMEs in 2030 (mean): scenario × lever")
smes.addColumns(StringColumn.create("scenario", scenarioIds))
for (String lever : leverIds) {
    smes.addColumns(DoubleColumn.create(lever, scenarioIds.stream().
            mapToDouble(s -> result.statistics(s, lever, "internationalised_smes").mean())));
}
print(smes)

// What each lever adds, scenario by scenario: the lever's column minus the "none" column.
Table gain = Table.create("Extra internationalised SMEs a lever buys, by scenario")
gain.addColumns(StringColumn.create("scenario", scenarioIds))
for (String lever : leverIds.subList(1, leverIds.size())) {
    gain.addColumns(smes.doubleColumn(lever).subtract(smes.doubleColumn("none")).setName(lever));
}
print(gain)

// Reading (with the model's illustrative assumptions): directing funding and building the service network add
// about the same in every scenario: robust levers. The network is worth most where services are scattered.
// INTERREG is worth less in the Baltic turn, where that scenario already makes the funding likely. Mapping St.
// Petersburg-ready firms adds little anywhere, and nothing at all once the eastern market closes.

// --- 4. How likely are the targets met? ------------------------------------------------------------------------
// The model's targets: a pooled internationalisation index of at least 0.6, at least 2,000 internationalised
// SMEs. The exceedance table has the probability (and its Monte Carlo standard error) of each.

double chance(String scenario, String lever, String outcome) {
    return result.run(scenario, lever).exceedances().stream().
            filter(e -> e.target().outcome().equals(outcome)).
            findFirst().orElseThrow().probability();
}

Table target = Table.create("P(at least 2,000 internationalised SMEs in 2030)")
target.addColumns(StringColumn.create("scenario", scenarioIds))
for (String lever : leverIds) {
    target.addColumns(DoubleColumn.create(lever, scenarioIds.stream().
            mapToDouble(s -> chance(s, lever, "internationalised_smes"))));
}
print(target)

// The index target of 0.6 is demanding: in most cells it is (almost) never met. That is a finding in itself:
// with these assumptions the strategy moves the index, but not that far.
print(result.exceedance().where(result.exceedance().stringColumn("outcome").isEqualTo("internationalisation_index").
        and(result.exceedance().stringColumn("lever").isIn("none", "build_service_network"))))

// --- 5. Pictures -----------------------------------------------------------------------------------------------
// The five scenarios and the base, no lever pulled: box plots and exceedance curves of internationalised SMEs.
MonteCarloResult noLever = result.select(scenarioIds, List.of("none"))
Charts.show(MonteCarloCharts.boxPlot(noLever, "internationalised_smes"))
Charts.show(MonteCarloCharts.exceedance(noLever, "internationalised_smes"))

// The whole scenario × lever grid of the SME target as a heat grid.
double[][] grid = new double[scenarioIds.size()][leverIds.size()]
for (int i = 0; i < scenarioIds.size(); i++) {
    for (int j = 0; j < leverIds.size(); j++) {
        grid[i][j] = chance(scenarioIds.get(i), leverIds.get(j), "internationalised_smes");
    }
}
// Lever ids are long for column heads; short names keep them readable (any lever not named keeps its id).
Map<String, String> shortName = Map.of("direct_funding", "funding", "build_service_network", "network",
        "apply_interreg", "INTERREG", "map_spb_firms", "SPb firms", "twin_city_business", "twin cities")
List<String> columns = leverIds.stream().map(id -> shortName.getOrDefault(id, id)).toList()
Charts.show(Charts.heatGrid(Text.plain("P(at least 2,000 internationalised SMEs in 2030)"), Text.plain(scenarioIds),
        Text.plain(columns), grid))

// --- 6. The road to 2030 ---------------------------------------------------------------------------------------
// So far 2030 was a single draw. With a horizon every future becomes a path, year by year from 2019: some
// drivers move by a process, and the wild card becomes an event that may strike in any year. The processes,
// the event's chance (one in three) and its timing are illustrative assumptions (A1); in fact it struck in 2022
// (A2). The outcome formulas were written for 2030: read the early years as the road towards it.

// The model file carries all of this: `horizon: {start: 2019, end: 2030}`, a `process:` on the drivers that move
// year by year, and the event under `events:`. Which drivers move, and how?
model.drivers().stream().filter(d -> d.process() != null).
        forEach(d -> System.out.println(d.id() + ": " + d.process()))
model.events().forEach(ev -> System.out.println("event " + ev.id() + ": " + ev.label()))
Model paths = model

TrajectoryResult roads = Trajectories.of(paths).levers("none", "build_service_network").
        outcomes("internationalisation_index").samples(1_000).seed(2018).threads(2).run()

// The fan: the median path of the pooled index with its 50% and 90% bands, with the service network built.
Charts.show(roads.fan("base", "build_service_network", "internationalisation_index"))

// The index target of 0.6 was out of reach as a single draw. Year by year, how many paths have reached it?
Table byYear = Table.create("Share of paths with the index at 0.6 or more, by year (base scenario)")
byYear.addColumns(IntColumn.create("year", roads.years()))
for (String lever : List.of("none", "build_service_network")) {
    FirstPassage fp = roads.firstPassage("base", lever, "internationalisation_index");
    byYear.addColumns(DoubleColumn.create(lever, Arrays.stream(roads.years()).mapToDouble(fp::reachedBy)));
}
print(byYear)

// Reading: with the drifts assumed here the index creeps upwards. Building the network raises the chance of
// reaching 0.6 by 2030 several-fold, yet most paths still fall short: the target asks for more than one thesis.

// Next: 03-sensitivity.jsh asks which assumptions decide these numbers, and whose weights matter.
