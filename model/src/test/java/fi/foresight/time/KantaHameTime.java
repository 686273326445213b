package fi.foresight.time;

import fi.foresight.io.ModelFiles;
import fi.foresight.model.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Kanta-Häme example with time, as the model file itself carries it: a horizon 2019–2030, processes for six
 * drivers and the St. Petersburg wild card as an event in time (every number illustrative, A1, A2).
 */
final class KantaHameTime {
    private KantaHameTime() {
    }

    /** {@code scenarios/kanta-hame/model.yaml}, found from the module or the repository root. */
    static Model model() {
        for (String dir : List.of("scenarios", "../scenarios")) {
            Path p = Path.of(dir, "kanta-hame", "model.yaml");
            if (Files.isRegularFile(p)) {
                Model m = ModelFiles.load(p);
                if (!m.hasHorizon() || m.events().isEmpty()) {
                    throw new IllegalStateException(p + " has lost its horizon or its events");
                }
                return m;
            }
        }
        throw new IllegalStateException("scenarios/kanta-hame/model.yaml not found from " + Path.of("").toAbsolutePath());
    }
}
