package fi.foresight.jupyter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jdk.jshell.SourceCodeAnalysis;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.BaseKernelBuilder;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.magic.MagicParser;

/**
 * The Foresight kernel: Jupyter's protocol from {@code jjava-jupyter}, JShell with the workbench behind it. JShell
 * starts, and reads the notebooks' start-up script, on a thread of its own while Jupyter connects, so the first
 * cell waits only for what is left of that.
 *
 * <p>Cells are cut into snippets as the {@code jshell} tool cuts a file; a cell stops at its first failing
 * snippet, which is reported in the workbench's words ({@link CellErrors}). The value of a cell's final expression
 * is shown richly ({@link Displays}), as is anything passed to {@code display(...)}.
 */
public final class ForesightKernel extends BaseKernel {
    /** The imports of the jshell tool's {@code DEFAULT} start-up, which {@code ./foresight jshell} loads first. */
    static final String DEFAULT_IMPORTS = String.join("\n",
            "import java.io.*", "import java.math.*", "import java.net.*", "import java.nio.file.*",
            "import java.util.*", "import java.util.concurrent.*", "import java.util.function.*",
            "import java.util.prefs.*", "import java.util.regex.*", "import java.util.stream.*");

    private final CompletableFuture<JShellSession> session;

    private ForesightKernel(Builder b) {
        super(b.name(), b.version(), new LanguageInfo("java", Runtime.version().toString(), "text/x-java-source",
                        ".jsh", "java", "java", "script"),
                List.of(new HelpLink("Tablesaw", "https://jtablesaw.github.io/tablesaw/"),
                        new HelpLink("JShell", "https://docs.oracle.com/en/java/javase/17/jshell/")),
                b.history(), b.io(), b.comms(), b.renderer(), b.parser(), b.magics(), false, b.styler());
        Notebook.attach(this);
        String classPath = System.getProperty("java.class.path");
        // JShell's compiler starts on one thread while another loads what showing a table and a chart needs
        Thread warmUp = new Thread(Displays::warmUp, "foresight-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        this.session = CompletableFuture.supplyAsync(() -> {
            JShellSession s = new JShellSession(classPath, System.err);
            s.startup("the default imports", DEFAULT_IMPORTS);
            s.startup("startup.jsh", resource("startup.jsh"));
            s.startup("kernel.jsh", resource("kernel.jsh"));
            return s;
        }, task -> {
            Thread t = new Thread(task, "foresight-jshell-start");
            t.setDaemon(true);
            t.start();
        });
    }

    /**
     * A kernel; JShell starts at once in the background.
     *
     * @return the kernel, ready to be given a connection
     */
    public static ForesightKernel create() {
        return new Builder().name("foresight").version(version()).build();
    }

    private static String version() {
        return Objects.requireNonNullElse(ForesightKernel.class.getPackage().getImplementationVersion(), "dev");
    }

    private JShellSession session() {
        try {
            return session.join();
        } catch (CompletionException e) {
            throw new CellFailure(List.of("The kernel could not start JShell with the workbench: "
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage())));
        }
    }

    @Override
    public String getBanner() {
        return "Foresight Workbench " + getVersion() + " on JShell (Java " + Runtime.version() + ")";
    }

    @Override
    public Object evalRaw(String code) {
        return session().run(code).orElse(null);
    }

    @Override
    public DisplayData eval(String code) {
        Object value = evalRaw(code);
        // System.out.printf(...) returns the stream: printing was the point, so it is not shown as a value
        return value == null || value instanceof java.io.PrintStream ? null : Displays.of(value);
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        List<SourceCodeAnalysis.Documentation> docs = session().analysis().documentation(code, at, true);
        if (docs.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (SourceCodeAnalysis.Documentation d : docs) {
            text.append(d.signature()).append('\n');
            if (d.javadoc() != null && !d.javadoc().isBlank()) {
                text.append(d.javadoc().strip()).append("\n\n");
            }
        }
        return new DisplayData(text.toString().strip());
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        int[] anchor = new int[1];
        List<String> options = session().complete(code, at, anchor);
        return options.isEmpty() ? null : new ReplacementOptions(options, anchor[0], at);
    }

    @Override
    public String isComplete(String code) {
        return switch (session().analysis().analyzeCompletion(code).completeness()) {
            case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> IS_COMPLETE_YES;
            case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE -> "    ";
            default -> IS_COMPLETE_MAYBE;
        };
    }

    @Override
    public void interrupt() {
        if (session.isDone() && !session.isCompletedExceptionally()) {
            session.join().stop();
        }
    }

    @Override
    public List<String> formatError(Throwable e) {
        if (e instanceof CellFailure f) {
            List<String> lines = new ArrayList<>();
            f.lines().forEach(l -> lines.add(errorStyler.primary(l)));
            return lines;
        }
        return List.of(errorStyler.primary("internal error in the kernel: " + e.getMessage()));
    }

    @Override
    public void onShutdown(boolean restart) {
        session.thenAccept(JShellSession::close);
    }

    private static String resource(String name) {
        try (InputStream in = ForesightKernel.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the kernel jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Builds the kernel from the protocol library's parts (history, I/O, comms, renderer, error styles). */
    private static final class Builder extends BaseKernelBuilder<Builder, ForesightKernel> {
        @Override
        public ForesightKernel build() {
            return new ForesightKernel(this);
        }

        String name() {
            return buildName();
        }

        String version() {
            return buildVersion();
        }

        org.dflib.jjava.jupyter.kernel.history.HistoryManager history() {
            return buildHistoryManager();
        }

        org.dflib.jjava.jupyter.kernel.JupyterIO io() {
            return buildJupyterIO(buildJupyterIOEncoding());
        }

        org.dflib.jjava.jupyter.kernel.comm.CommManager comms() {
            return buildCommManager();
        }

        org.dflib.jjava.jupyter.kernel.display.Renderer renderer() {
            return buildRenderer();
        }

        MagicParser parser() {
            return new MagicParser("(?<=(?:^|=))\\s*%", "%%", buildMagicTranspiler());
        }

        org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry magics() {
            return buildMagicsRegistry();
        }

        org.dflib.jjava.jupyter.kernel.util.StringStyler styler() {
            return buildErrorStyler();
        }
    }

    /**
     * The value of a cell, for tests in this package.
     *
     * @param code a cell
     * @return its final value
     */
    Optional<Object> run(String code) {
        return session().run(code);
    }
}
