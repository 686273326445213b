package fi.foresight.spark;

import fi.foresight.analysis.AnalysisResult;
import fi.foresight.rundir.CsvTables;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.spark.SparkConf;
import tech.tablesaw.api.Table;

/** The test settings: local[2], no web UI, everything bound to 127.0.0.1; and tables as run-directory CSV. */
final class LocalSpark {
    /** Spark settings of every test: nothing listens beyond the loopback address. */
    static final String[][] SETTINGS = {
        {"spark.ui.enabled", "false"},
        {"spark.driver.host", "127.0.0.1"},
        {"spark.driver.bindAddress", "127.0.0.1"},
        {"spark.log.level", "WARN"},
    };

    private LocalSpark() {
    }

    static SparkConf conf() {
        SparkConf conf = SparkEngines.conf("local[2]");
        for (String[] kv : SETTINGS) {
            conf.set(kv[0], kv[1]);
        }
        return conf;
    }

    /** A file of the repository (tests run in spark/). */
    static Path repo(String path) {
        return Path.of("..").resolve(path).toAbsolutePath().normalize();
    }

    /** Every table of a result exactly as a run directory's tables/*.csv would hold it. */
    static String csv(AnalysisResult result) {
        return csv(result.tables().toArray(Table[]::new));
    }

    static String csv(Table... tables) {
        var all = new StringBuilder();
        for (Table t : tables) {
            all.append("## ").append(t.name()).append('\n')
                    .append(new String(CsvTables.bytes(t), StandardCharsets.UTF_8));
        }
        return all.toString();
    }
}
