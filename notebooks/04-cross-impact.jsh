// expect-charts: 4
//
// 04 · Cross-impact: which combinations of futures hang together, and which drivers drive the rest?
//
// Open with:  ./foresight jshell notebooks/04-cross-impact.jsh
//
// Monte Carlo draws every driver and lets the outcome fall out. Qualitative methods ask a prior question.
// Cross-impact balance analysis (CIB, Weimer-Jehle) asks which combinations of driver states are consistent: in
// which futures does every state find support from the others? MICMAC structural analysis (Godet) asks which
// drivers drive the system and which merely follow. Both start from expert judgements; the ones below are
// ILLUSTRATIVE (source A1), written for the Kanta-Häme drivers so that a workshop can replace them.
//
// Steps 1–4 build everything in code, to show the parts. The model file carries the same kind of judgements
// under `cib:` and `micmac:` (see docs/model-format.md), and step 5 uses those with the workbench's own bridge.

Model model = Model.load(scenarios.resolve("kanta-hame/model.yaml"))

// --- 1. A cross-impact system of seven descriptors --------------------------------------------------------------
// Each descriptor is a Kanta-Häme driver reduced to two states. A judgement reads "if the row's state holds, it
// pushes the column's descriptor towards this state" on a scale -3…+3. With two states per descriptor, pushing
// towards one state by n means pushing away from the other by n, so one helper writes both cells.

Map<String, List<String>> states = new LinkedHashMap<>()

// The descriptors and their two states, in order (a block: JShell compiles it as one snippet).
{
    states.put("EAST", List.of("open", "closed"));               // St. Petersburg market access (S17, S18)
    states.put("COOP", List.of("strong", "fragmented"));         // cooperation of the three sub-regions (S1, S6, S7)
    states.put("NETWORK", List.of("built", "scattered"));        // international service network (S19)
    states.put("FUNDING", List.of("directed", "thin"));          // services and funding at internationalisation (S4)
    states.put("INTERREG", List.of("granted", "refused"));       // the Baltic Sea project's funding (S15, S16)
    states.put("CLIMATE", List.of("supportive", "cool"));        // attitude climate (S3)
    states.put("READINESS", List.of("rising", "flat"));          // companies' readiness (S3)
}

var builder = CrossImpactSystem.builder("Kanta-Häme 2030, illustrative judgements (A1)")
states.forEach((descriptor, variants) -> builder.descriptor(descriptor, variants.toArray(String[]::new)))

void push(String from, String fromState, String to, String toState, int strength) {
    String other = states.get(to).get(0).equals(toState) ? states.get(to).get(1) : states.get(to).get(0);
    builder.impact(from, fromState, to, toState, strength);
    builder.impact(from, fromState, to, other, -strength);
}

// The judgements, impacting descriptor by impacting descriptor (one block, so JShell compiles it once).
{
    // The eastern market is set from outside the region: it acts on others, nothing acts on it.
    push("EAST", "open", "READINESS", "rising", 2);
    push("EAST", "open", "CLIMATE", "supportive", 1);
    push("EAST", "closed", "READINESS", "flat", 1);
    push("EAST", "closed", "CLIMATE", "cool", 1);
    push("EAST", "closed", "INTERREG", "granted", 1);        // the Baltic turn: a reason to look west and apply well

    push("COOP", "strong", "NETWORK", "built", 3);
    push("COOP", "strong", "FUNDING", "directed", 2);
    push("COOP", "strong", "INTERREG", "granted", 2);
    push("COOP", "fragmented", "NETWORK", "scattered", 3);
    push("COOP", "fragmented", "FUNDING", "thin", 1);
    push("COOP", "fragmented", "INTERREG", "refused", 2);

    push("NETWORK", "built", "READINESS", "rising", 2);
    push("NETWORK", "built", "COOP", "strong", 1);
    push("NETWORK", "scattered", "READINESS", "flat", 1);
    push("NETWORK", "scattered", "COOP", "fragmented", 1);

    push("FUNDING", "directed", "NETWORK", "built", 2);
    push("FUNDING", "directed", "READINESS", "rising", 2);
    push("FUNDING", "thin", "NETWORK", "scattered", 1);
    push("FUNDING", "thin", "READINESS", "flat", 2);

    push("INTERREG", "granted", "NETWORK", "built", 1);
    push("INTERREG", "granted", "FUNDING", "directed", 1);
    push("INTERREG", "granted", "COOP", "strong", 1);
    push("INTERREG", "refused", "FUNDING", "thin", 1);

    push("CLIMATE", "supportive", "FUNDING", "directed", 2);
    push("CLIMATE", "supportive", "COOP", "strong", 1);
    push("CLIMATE", "supportive", "READINESS", "rising", 1);
    push("CLIMATE", "cool", "FUNDING", "thin", 2);
    push("CLIMATE", "cool", "COOP", "fragmented", 1);

    push("READINESS", "rising", "CLIMATE", "supportive", 2);
    push("READINESS", "rising", "INTERREG", "granted", 1);
    push("READINESS", "flat", "CLIMATE", "cool", 1);
}

CrossImpactSystem system = builder.build()
System.out.println(system.size() + " descriptors, " + system.matrix().scenarioCount() + " combinations of states")

// Researchers who keep their matrices in ScenarioWizard can go both ways: write a .scw file and read it back.
Path scw = Files.createTempFile("kanta-hame-", ".scw")
ScenarioWizard.write(system, scw)
System.out.println("Same matrix after a ScenarioWizard round trip: " + ScenarioWizard.read(scw).matrix().equals(system.matrix()))
Files.delete(scw)

// --- 2. The consistent scenarios ---------------------------------------------------------------------------------
// The exact search tries every combination (pruned) and keeps those with inconsistency 0. Succession basins say
// how many of all 128 starting points drift into each consistent scenario when every descriptor in turn takes
// the state its impact balance favours: a rough measure of how "attractive" a future is.

Cib cib = Cib.of(system).threads(2)
CibResult consistent = cib.consistent(cib.basins())
print(consistent.table())

// Succession from a mixed picture that does not hang together: cooperation is strong, yet the network is
// scattered, funding thin, INTERREG refused and the climate cool. Its impact balances pull it somewhere.
CibScenario mixed = system.scenario("open", "strong", "scattered", "thin", "refused", "cool", "rising")
System.out.println("inconsistency of the mixed start: " + cib.score(mixed).inconsistency())
SuccessionPath path = cib.succession(mixed)
path.steps().forEach(s -> System.out.println("  " + system.describe(s, "en")))
System.out.println("ends in " + (path.attractor().isFixedPoint() ? "a consistent scenario" : "a cycle") +
        " after " + path.stepsToAttractor() + " steps")

// How much do the results hang on the exact judgements? If every non-zero impact could be one point off either
// way, some scenarios stay consistent whatever the matrix (robust), others only for some matrices (possible).
UncertaintyBounds bounds = cib.uncertainty(1).bounds()
System.out.println(bounds.robust().size() + " robust, " + bounds.nominal().size() + " consistent as judged, " +
        bounds.possible().size() + " possible")
bounds.robust().forEach(s -> System.out.println("  robust: " + system.describe(s, "en")))

// Reading (with these judgements): the two largest basins are the "virtuous circle" futures of strong
// cooperation, built network, directed funding and granted INTERREG money, with the eastern market open or
// closed. Whether the east is open does not decide which kind of future the region lands in; its own
// cooperation does.

// A tableau of the consistent scenarios: descriptors down, scenarios across, each cell the state.
List<String> descriptorIds = system.descriptors().stream().map(Descriptor::id).toList()
List<CibScenario> found = consistent.list()
List<String> names = IntStream.range(0, found.size()).mapToObj(i -> "#" + (i + 1)).toList()
Text[][] cells = new Text[descriptorIds.size()][found.size()]
int[][] colours = new int[descriptorIds.size()][found.size()]
for (int d = 0; d < descriptorIds.size(); d++) {
    for (int s = 0; s < found.size(); s++) {
        int v = found.get(s).variant(d);
        cells[d][s] = Text.plain(system.descriptors().get(d).variants().get(v).label());
        colours[d][s] = v;
    }
}
Charts.show(Charts.heatGrid(Text.plain("Consistent Kanta-Häme scenarios (CIB, illustrative judgements)"),
        Text.plain(descriptorIds), Text.plain(names), cells, colours))

// --- 3. MICMAC: who drives whom? -------------------------------------------------------------------------------
// Direct influence of each row driver on each column driver: 0 none, 1 weak, 2 moderate, 3 strong, P potential
// (no influence today, but one may appear). Ten Kanta-Häme drivers, illustrative judgements (A1).

List<String> drivers = List.of("spb_access", "regional_cooperation", "service_network", "services_funding_share",
        "interreg_funding", "action_programme", "attitude_climate", "entrepreneur_interest", "readiness",
        "twin_city_cooperation")
InfluenceMatrix influence = InfluenceMatrix.parse(drivers,
        "0 1 2 1 2 1 2 3 3 P",
        "0 0 3 2 3 3 1 0 1 2",
        "0 1 0 1 1 2 1 2 3 1",
        "0 1 3 0 1 3 1 2 3 1",
        "0 2 2 3 0 2 1 1 1 P",
        "0 2 3 2 2 0 1 2 2 1",
        "0 1 0 2 0 1 0 3 1 1",
        "0 0 1 1 0 1 2 0 3 1",
        "1 0 1 1 1 1 2 2 0 1",
        "0 1 0 0 1 0 1 1 1 0")

MicmacResult micmac = Micmac.of(influence).run()
print(micmac.table())
System.out.println("indirect values from M^" + micmac.power() + (micmac.stable() ? " (rankings stable)" : " (not stable)"))

// The influence–dependence map with its quadrant lines at the mean influence and the mean dependence.
double[] dependence = micmac.variables().stream().mapToDouble(MicmacVariable::directDependence).toArray()
double[] influenceSums = micmac.variables().stream().mapToDouble(MicmacVariable::directInfluence).toArray()
Charts.show(Charts.scatterLabelled(Text.plain("MICMAC map of the Kanta-Häme drivers (direct)"),
        Text.plain("Dependence"), Text.plain("Influence"), dependence, influenceSums, Text.plain(drivers),
        new double[] {Arrays.stream(dependence).average().orElseThrow()},
        new double[] {Arrays.stream(influenceSums).average().orElseThrow()}))

// Indirect influence (through chains of influence) can reorder the drivers: the hidden drivers rise.
Charts.show(Charts.displacement(Text.plain("Influence rank, direct → indirect"), Text.plain(drivers),
        micmac.variables().stream().mapToInt(MicmacVariable::directInfluenceRank).toArray(),
        micmac.variables().stream().mapToInt(MicmacVariable::indirectInfluenceRank).toArray()))

// The drivers by quadrant. Influential drivers shape the system (levers or things to watch); relays pass effects
// on and feed back (unstable, worth monitoring); dependent ones are results (good indicators of success);
// autonomous ones stand apart.
micmac.variables().stream().
        collect(Collectors.groupingBy(v -> v.quadrant().label(), TreeMap::new, Collectors.mapping(MicmacVariable::variable, Collectors.toList()))).
        forEach((quadrant, members) -> System.out.println(quadrant + ": " + members))

// --- 4. The bridge: consistent scenarios into Monte Carlo ------------------------------------------------------
// Each consistent CIB scenario becomes an ordinary model scenario: every state maps to changes of the model's
// drivers (illustrative mapping, A1). Then Monte Carlo tells us how far apart these futures really are.

Map<String, List<Change>> bridge = Map.ofEntries(
        Map.entry("EAST=open", List.of(new Change.SetDistribution("spb_access", Pert.of(0.60, 0.80, 0.95)))),
        Map.entry("EAST=closed", List.of(new Change.SetDistribution("spb_access", Pert.of(0.0, 0.10, 0.30)),
                new Change.Scale("spb_interested_firms", 0.5))),
        Map.entry("COOP=strong", List.of(new Change.SetDistribution("regional_cooperation", Pert.of(0.60, 0.80, 0.95)))),
        Map.entry("COOP=fragmented", List.of(new Change.SetDistribution("regional_cooperation", Pert.of(0.10, 0.30, 0.50)))),
        Map.entry("NETWORK=built", List.of(new Change.SetDistribution("service_network", Pert.of(0.50, 0.75, 0.95)))),
        Map.entry("NETWORK=scattered", List.of(new Change.SetDistribution("service_network", Pert.of(0.10, 0.30, 0.50)))),
        Map.entry("FUNDING=directed", List.of(new Change.Shift("services_funding_share", 0.10))),
        Map.entry("INTERREG=granted", List.of(new Change.SetDistribution("interreg_funding", Fixed.of(1)))),
        Map.entry("INTERREG=refused", List.of(new Change.SetDistribution("interreg_funding", Fixed.of(0)))),
        Map.entry("CLIMATE=cool", List.of(new Change.Shift("attitude_climate", -0.10))),
        Map.entry("READINESS=rising", List.of(new Change.Shift("readiness_hameenlinna", 0.05),
                new Change.Shift("readiness_forssa", 0.05), new Change.Shift("readiness_riihimaki", 0.05))))

Scenario toModelScenario(CibScenario s, int number) {
    Scenario scenario = Scenario.of("cib_" + number).label("CIB #" + number).description(system.describe(s, "en"));
    for (int d = 0; d < system.size(); d++) {
        Descriptor descriptor = system.descriptors().get(d);
        String key = descriptor.id() + "=" + descriptor.variants().get(s.variant(d)).id();
        for (Change change : bridge.getOrDefault(key, List.of())) {
            scenario = scenario.with(change);
        }
    }
    return scenario;
}

// A copy of the Kanta-Häme model whose scenarios are the consistent CIB scenarios (levers kept).
Model.Builder copy = model.toBuilder().id(model.id() + "_cib").title(model.title() + " (CIB scenarios)")
copy.replaceScenarios(List.of())
for (int i = 0; i < found.size(); i++) {
    copy.scenario(toModelScenario(found.get(i), i + 1));
}
Model cibModel = copy.build()

MonteCarloResult bridged = MonteCarlo.of(cibModel).levers("none").samples(2_000).seed(2018).threads(2).run()
print(bridged.summary().where(bridged.summary().stringColumn("outcome").isEqualTo("internationalised_smes")).
        selectColumns("scenario", "mean", "p05", "p50", "p95"))
Charts.show(MonteCarloCharts.boxPlot(bridged, "internationalised_smes"))

// Reading: the consistent futures are much further apart than the model's hand-made scenario cross (02): the
// virtuous-circle futures (#1, and #6 with the east closed) against the vicious circle of a fragmented region.
// A cross-impact study is a way to find the scenarios worth simulating, not a replacement for simulating them.

// --- 5. The same from the model file ------------------------------------------------------------------------------
// The Kanta-Häme file has a `cib:` section whose variants declare what they mean for the drivers, and a `micmac:`
// matrix. Bridge.withConsistentScenarios finds the consistent scenarios and turns each into a model scenario.
CrossImpactSystem fileSystem = model.cib().orElseThrow()
CibResult fileCib = Cib.of(fileSystem).consistent()
print(fileCib.table())
Model fromFile = fi.foresight.bridge.Bridge.withConsistentScenarios(model, 0)
fromFile.scenarios().forEach(sc -> System.out.println(sc.id() + ": " + sc.label()))
MicmacResult fileMicmac = Micmac.of(model.micmac().orElseThrow()).run()
print(fileMicmac.table())

// Next: 05-build-your-own.jsh writes a whole model in code.
