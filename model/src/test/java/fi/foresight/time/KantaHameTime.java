package fi.foresight.time;

import fi.foresight.io.ModelFiles;
import fi.foresight.model.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The Kanta-Häme example with time: {@code scenarios/kanta-hame/model.yaml} as it is, plus the YAML below
 * (a horizon 2019–2030, processes for six drivers and the St. Petersburg wild card as an event in time). The
 * additions are inserted into the file's text, so they are checked exactly as a reader of the file would write
 * them; they are the proposal for the model file itself. Every number is illustrative (A1, A2).
 */
final class KantaHameTime {
    /** Lines added under a variable's id (indented as its other keys). */
    static final Map<String, String> PROCESSES = Map.of(
            "internationalisation_level",
            "    process: {type: growth, rate: {type: pert, min: 0.0, mode: 0.03, max: 0.07}}   # A1",
            "readiness_hameenlinna", "    process: {type: random_walk, drift: 0.01, volatility: 0.02}   # A1",
            "readiness_forssa", "    process: {type: random_walk, drift: 0.01, volatility: 0.02}   # A1",
            "readiness_riihimaki", "    process: {type: random_walk, drift: 0.01, volatility: 0.02}   # A1",
            "service_network", "    process: {type: random_walk, drift: 0.02, volatility: 0.03}   # A1",
            "spb_interested_firms",
            "    process: {type: growth, rate: {type: uniform, min: -0.02, max: 0.04}}   # A1");

    /** Top-level sections appended to the file. */
    static final String SECTIONS = """

            horizon: {start: 2019, end: 2030, step: 1}

            events:
              # The wild card of the scenario wild_card_east_closes as an event in time: in a third of the futures
              # (A1) the eastern market closes, in a year between 2019 and 2030 (A1; it happened in 2022, A2).
              east_closes:
                label: "Wild card: the eastern market closes entirely"
                label_fi: "Villi kortti: itämarkkina sulkeutuu kokonaan"
                description: "No access to St. Petersburg from the year it happens; the mapped firms lose that market and the attitude climate takes a knock."
                year: {type: uniform, min: 2019, max: 2031}
                probability: 0.33
                set:
                  spb_access: 0
                  spb_interested_firms: 0
                shift:
                  attitude_climate: -0.10
                source: [S17, S18, A1, A2]
            """;

    private KantaHameTime() {
    }

    /** The example file with the additions. */
    static Model model() {
        Path file = null;
        for (String dir : List.of("scenarios", "../scenarios")) {
            Path p = Path.of(dir, "kanta-hame", "model.yaml");
            if (Files.isRegularFile(p)) {
                file = p;
            }
        }
        if (file == null) {
            throw new IllegalStateException("scenarios/kanta-hame/model.yaml not found from "
                    + Path.of("").toAbsolutePath());
        }
        try {
            return ModelFiles.parse(withTime(Files.readString(file)), "kanta-hame-time.yaml");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String withTime(String text) {
        StringBuilder out = new StringBuilder();
        int inserted = 0;
        for (String line : text.split("\n", -1)) {
            out.append(line).append('\n');
            String key = line.strip().endsWith(":") && line.startsWith("  ") && !line.startsWith("   ")
                    ? line.strip().substring(0, line.strip().length() - 1) : null;
            if (key != null && PROCESSES.containsKey(key) && out.indexOf("\nvariables:") >= 0
                    && out.indexOf("\ncorrelations:") < 0) {
                out.append(PROCESSES.get(key)).append('\n');
                inserted++;
            }
        }
        if (inserted != PROCESSES.size()) {
            throw new IllegalStateException("inserted " + inserted + " of " + PROCESSES.size() + " processes; the "
                    + "variables of the example have changed");
        }
        return out.append(SECTIONS).toString();
    }
}
