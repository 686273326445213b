package fi.foresight.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code docs/model-format.md} names every key and distribution type the loader accepts. */
class FormatDocumentationTest {

    @Test
    void everyAcceptedKeyIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("../docs/model-format.md"));
        var keys = new ArrayList<String>();
        keys.addAll(Sections.names());
        keys.addAll(VariablesSection.KEYS);
        keys.addAll(PanelsSection.KEYS);
        keys.addAll(OutcomesSection.KEYS);
        keys.addAll(TargetsSection.KEYS);
        keys.addAll(AdjustmentsSection.KEYS);
        keys.addAll(CibSection.KEYS);
        keys.addAll(CibSection.DESCRIPTOR_KEYS);
        keys.addAll(Alternatives.KEYS);
        keys.addAll(MicmacSection.KEYS);
        keys.addAll(FuturesTableSection.KEYS);
        keys.addAll(FuturesTableSection.CROSS_KEYS);
        keys.addAll(FuturesTableSection.AXIS_KEYS);
        keys.addAll(FuturesTableSection.NAME_KEYS);
        keys.addAll(List.of("states"));
        keys.addAll(List.of("type", "between", "rho", "variables", "matrix", "panels", "shape", "mode", "mu", "sigma",
                "mean", "sd", "alpha", "beta", "scale", "values", "probabilities", "probability", "value", "counts"));
        keys.addAll(DistributionReader.types());
        keys.addAll(DataSection.KEYS);
        keys.addAll(DataSection.SCALE_KEYS);
        keys.addAll(EmpiricalSource.KEYS);
        keys.addAll(RatingsReader.KEYS);
        keys.addAll(DelphiSection.KEYS);
        keys.addAll(TimeSections.HORIZON_KEYS);
        keys.addAll(TimeSections.EVENT_KEYS);
        keys.addAll(TimeSections.PROCESS_TYPES);
        TimeSections.PROCESS_KEYS.values().forEach(keys::addAll);
        for (String k : keys) {
            assertTrue(doc.contains("`" + k + "`"), "docs/model-format.md does not mention `" + k + "`");
        }
    }
}
