/**
 * Structural analysis: Godet's MICMAC on a direct-influence matrix of variables (0–3 and P for potential
 * influences) — direct and indirect influence and dependence, stable rankings by matrix powers, the
 * influence–dependence map and its quadrants. Entry point: {@link fi.foresight.structure.Micmac}; the matrix
 * itself is data of the model ({@link fi.foresight.model.InfluenceMatrix}).
 *
 * <p><b>Depends on</b> (of the workbench's packages) {@code analysis}, {@code chart}, {@code model} and on no
 * other; none of them depends back on it (PackageCyclesTest; the map in docs/architecture.md).
 */
package fi.foresight.structure;
