/**
 * Model files: YAML (or the same structure in JSON) read into the immutable records of
 * {@link fi.foresight.model}, with every problem of a file reported at once as
 * {@code file:line:col: field.path: what is wrong; what would be valid}.
 *
 * <p>Entry points: {@link fi.foresight.io.ModelFiles#load(java.nio.file.Path)} and
 * {@link fi.foresight.io.ModelFiles#parse(String, String)}; failures are a
 * {@link fi.foresight.io.ModelFileException}. Files are data: tokens are walked by hand into records (no data
 * binding, no polymorphic typing, no YAML tags that construct objects), within limits on size, nesting and alias
 * expansion. The format is documented in {@code docs/model-format.md}.
 *
 * <p>The position-aware tree is public and is how every file of the workbench is read, model files and job files
 * alike: {@link fi.foresight.io.TreeReader} reads a text into a {@link fi.foresight.io.Node} tree under the
 * {@link fi.foresight.io.TreeRules} of its kind of file, and every problem goes into the file's
 * {@link fi.foresight.io.Problems}, from which it leaves as a {@link fi.foresight.io.FileProblem} line.
 *
 * <pre>{@code
 * Model m = ModelFiles.load(Path.of("scenarios/examples/every-feature.yaml"));
 * }</pre>
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code distributions}, {@code expression}, {@code model} and
 * on no other; none of them depends back on it (PackageCyclesTest; the map in docs/architecture.md).
 */
package fi.foresight.io;
