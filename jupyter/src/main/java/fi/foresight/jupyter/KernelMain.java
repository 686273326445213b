package fi.foresight.jupyter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;

/**
 * The kernel jar's entry point. Jupyter starts it with a connection file ({@code java -jar foresight-kernel.jar
 * CONNECTION.json}); the launcher also uses it to write the kernelspec ({@code kernelspec DIR}) and to turn
 * JShell notebooks into Jupyter ones ({@code convert FILE.jsh ...}) or back ({@code jsh FILE.ipynb}).
 */
public final class KernelMain {

    private KernelMain() {
    }

    /**
     * Runs the kernel or one of the helper commands.
     *
     * @param args a connection file, or {@code kernelspec DIR HOME}, {@code convert FILE.jsh...}, {@code jsh FILE.ipynb}
     * @throws Exception when the kernel cannot connect
     */
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        switch (args[0]) {
            case "kernelspec" -> {
                if (args.length != 3) {
                    usage();
                }
                KernelSpec.write(Path.of(args[1]), Path.of(args[2]));
            }
            case "warmup" -> warmup();
            case "convert" -> NotebookFiles.convertAll(Arrays.asList(args).subList(1, args.length));
            case "jsh" -> {
                if (args.length != 2) {
                    usage();
                }
                System.out.print(NotebookFiles.code(Path.of(args[1])));
            }
            default -> serve(Path.of(args[0]));
        }
    }

    private static void serve(Path connectionFile) throws Exception {
        if (!Files.isRegularFile(connectionFile)) {
            System.err.println("foresight kernel: " + connectionFile + " is not a connection file");
            System.exit(2);
        }
        ForesightKernel kernel = ForesightKernel.create();
        JupyterConnection connection = new JupyterConnection(
                KernelConnectionProperties.parse(Files.readString(connectionFile, StandardCharsets.UTF_8)));
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
        System.exit(0);
    }

    /**
     * Starts the kernel's JShell without Jupyter, shows a table and a chart as a notebook would, and prints how long
     * the first result took. {@code ./foresight jupyter install} runs it to record a class-data archive.
     */
    private static void warmup() {
        long start = System.nanoTime();
        ForesightKernel kernel = ForesightKernel.create();
        Object table = kernel.run("Table.create(\"t\", DoubleColumn.create(\"x\", 1, 2))").orElseThrow();
        double first = (System.nanoTime() - start) / 1e9;
        Displays.of(table);
        Displays.of(kernel.run("Charts.bars(\"warm-up\", \"y\", List.of(\"a\"), Map.of(\"s\", new double[] {1}))")
                .orElseThrow());
        System.out.printf(java.util.Locale.ROOT, "first result %.2f s, a table and a chart shown %.2f s after start%n",
                first, (System.nanoTime() - start) / 1e9);
        kernel.onShutdown(false);
        System.exit(0);
    }

    private static void usage() {
        System.err.println("usage: java -jar foresight-kernel.jar CONNECTION.json | kernelspec DIR HOME | warmup"
                + " | convert NOTEBOOK.jsh... | jsh NOTEBOOK.ipynb");
        System.exit(2);
    }
}
