/**
 * Run directories: written into a hidden sibling, sealed with a marker holding every file's SHA-256 and swapped
 * in by two renames; the proof that a directory is a run of ours ({@link fi.foresight.rundir.Ownership}), the
 * clean-up of what killed commands left ({@code Leftovers}) and reading runs back.
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code chart}, {@code io}, {@code job}, {@code model} and on
 * no other; none of them depends back on it (PackageCyclesTest; the map in docs/architecture.md).
 */
package fi.foresight.rundir;
