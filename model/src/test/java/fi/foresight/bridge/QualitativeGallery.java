package fi.foresight.bridge;

import fi.foresight.io.ModelFiles;
import fi.foresight.cib.Cib;
import fi.foresight.cib.CibResult;
import fi.foresight.cib.ScenarioWizard;
import fi.foresight.chart.ChartExport;
import fi.foresight.model.Model;
import fi.foresight.structure.Micmac;
import fi.foresight.structure.MicmacResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import fi.foresight.chart.ChartSpec;

/**
 * The charts of the qualitative analyses on the Kanta-Häme model (its illustrative CIB and MICMAC judgements), the
 * ScenarioWizard sample CIB_global and the futures table of {@code every-feature.yaml}. Refresh the pictures with
 *
 * <pre>{@code
 * mvn -o -q -B -pl model test -Dtest=QualitativeGalleryTest -Dforesight.gallery.dir=../docs/img
 * }</pre>
 */
final class QualitativeGallery {
    static final Path KANTA_HAME = Path.of("../scenarios/kanta-hame/model.yaml");
    static final Path EVERY_FEATURE = Path.of("../scenarios/examples/every-feature.yaml");

    private QualitativeGallery() {
    }

    /** Every chart by file stem. */
    static Map<String, ChartSpec> charts() throws Exception {
        Map<String, ChartSpec> out = new LinkedHashMap<>();
        Model kh = ModelFiles.load(KANTA_HAME);
        CibResult cib = Cib.of(kh.cib().orElseThrow()).consistent();
        cib.charts().forEach(out::put);
        Path global = Path.of(QualitativeGallery.class.getResource("/fi/foresight/cib/scenariowizard/CIB_global.scw")
                .toURI());
        out.put("cib-global-tableau", Cib.of(ScenarioWizard.read(global)).consistent().tableau());
        MicmacResult micmac = Micmac.of(kh.micmac().orElseThrow()).run();
        micmac.charts().forEach(out::put);
        Model every = ModelFiles.load(EVERY_FEATURE);
        fi.foresight.futurestable.SolutionSpace.of(every.futuresTable().orElseThrow()).charts().forEach(out::put);
        return out;
    }

    static void write(Path dir, int dpi) throws Exception {
        for (var e : charts().entrySet()) {
            ChartExport.png(e.getValue(), "en", dir.resolve(e.getKey() + ".png"), dpi);
        }
    }
}
