package fi.foresight.rundir;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** The versions a run records: Foresight Workbench (from the build), Java and the operating system. */
public final class Versions {
    private Versions() {
    }

    /** This build's version, e.g. {@code 0.1.0-SNAPSHOT} ({@code unknown} when run from unpackaged classes). */
    public static String foresight() {
        try (InputStream in = Versions.class.getResourceAsStream("/fi/foresight/cli/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** foresight, java and os versions, in that order. */
    public static Map<String, String> all() {
        var m = new LinkedHashMap<String, String>();
        m.put("foresight", foresight());
        m.put("java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        return m;
    }
}
