package fi.foresight.job;

import fi.foresight.cib.CrossImpactSystem;
import fi.foresight.cib.ScenarioWizard;
import fi.foresight.io.FileProblem;
import fi.foresight.io.ModelFileException;
import fi.foresight.io.ModelFiles;
import fi.foresight.model.Model;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a model for a job: by file extension from a file, or from the text of a job file's inline {@code model:}.
 *
 * <p><b>Registration point for other model formats:</b> a reader in {@link #READERS} by file extension. A
 * ScenarioWizard {@code .scw} project becomes a qualitative model whose only part is its CIB system (id from the file
 * name), so {@code foresight cib FILE.scw} and jobs with {@code type: cib} read it directly.
 */
public final class ModelSources {
    private static final Map<String, Function<Path, Model>> READERS = Map.of(
            "yaml", Model::load, "yml", Model::load, "json", Model::load, "scw", ModelSources::scenarioWizard);
    private static final Map<String, String> PENDING = Map.of();

    private ModelSources() {
    }

    /** Reads a model file; throws {@link ModelFileException} listing every problem, or {@link UnsupportedModelFormat}. */
    public static ModelSource load(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        var reader = READERS.get(ext);
        if (reader == null) {
            throw new UnsupportedModelFormat(PENDING.getOrDefault(ext, "cannot read model file '" + name
                    + "': expected a .yaml, .yml or .json model"));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ModelFileException(List.of(new FileProblem(file.toString(), 0, 0, "",
                    "cannot read: " + fi.foresight.io.IoText.reason(e))));
        }
        Model model = ext.equals("scw") ? reader.apply(file) : ModelFiles.parse(bytes, file.toString());
        return new ModelSource(model, file, "model." + ext, bytes, Hashes.sha256(bytes));
    }

    /**
     * Reads a model from the bytes of a file called {@code fileName}, by its extension, as {@link #load(Path)} reads
     * the file itself: what another machine (a Spark executor) does with a model file shipped to it.
     */
    public static Model parse(byte[] bytes, String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (ext.equals("scw")) {
            return scenarioWizard(ScenarioWizard.parse(new String(bytes, StandardCharsets.UTF_8), fileName).system(),
                    fileName);
        }
        if (!READERS.containsKey(ext)) {
            throw new UnsupportedModelFormat("cannot read model file '" + fileName
                    + "': expected a .yaml, .yml, .json or .scw model");
        }
        return ModelFiles.parse(bytes, fileName);
    }

    /** A ScenarioWizard project as a model with only a CIB system; problems as {@link ModelFileException}. */
    static Model scenarioWizard(Path file) {
        CrossImpactSystem system;
        try {
            system = ScenarioWizard.read(file);
        } catch (IOException e) {
            throw new ModelFileException(List.of(new FileProblem(file.toString(), 0, 0, "",
                    "cannot read: " + fi.foresight.io.IoText.reason(e))));
        } catch (IllegalArgumentException e) {
            // the parser says "FILE:LINE: what is wrong"
            String m = e.getMessage() == null ? "not a ScenarioWizard project" : e.getMessage();
            java.util.regex.Matcher at = java.util.regex.Pattern.compile("(?s)^.*?:(\\d+): (.*)$").matcher(m);
            boolean located = m.startsWith(file.toString() + ":") && at.matches();
            throw new ModelFileException(List.of(located
                    ? new FileProblem(file.toString(), Integer.parseInt(at.group(1)), 1, "", at.group(2))
                    : new FileProblem(file.toString(), 0, 0, "", m)));
        }
        return scenarioWizard(system, file.getFileName().toString());
    }

    /** The model of a ScenarioWizard system: its CIB part only, the id from the file name. */
    private static Model scenarioWizard(CrossImpactSystem system, String fileName) {
        String stem = fileName.replaceFirst("\\.[^.]*$", "");
        String id = stem.replaceAll("[^A-Za-z0-9_]", "_");
        if (id.isEmpty() || !Character.isLetter(id.charAt(0)) && id.charAt(0) != '_') {
            id = "cib_" + id;
        }
        id = id.length() > 64 ? id.substring(0, 64) : id;
        return Model.builder(id).title(system.name().isBlank() ? stem : system.name()).cib(system).build();
    }

    /**
     * Reads an inline model: {@code text} is the job file with everything but the model's mapping blanked out, so
     * lines and columns of problems are those of the job file, which {@code fileName} names.
     */
    static ModelSource inline(String text, String fileName) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            Model model = ModelFiles.parse(text, fileName);
            return new ModelSource(model, null, "model.yaml", bytes, Hashes.sha256(bytes));
        } catch (ModelFileException e) {
            throw new ModelFileException(e.fileProblems().stream()
                    .map(p -> new FileProblem(p.file(), p.line(), p.column(),
                            p.path().isEmpty() ? "model" : "model." + p.path(), p.message()))
                    .toList());
        }
    }
}
