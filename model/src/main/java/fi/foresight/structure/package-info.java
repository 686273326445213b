/**
 * Structural analysis: Godet's MICMAC on a direct-influence matrix of variables (0–3 and P for potential
 * influences) — direct and indirect influence and dependence, stable rankings by matrix powers, the
 * influence–dependence map and its quadrants. Entry point: {@link fi.foresight.structure.Micmac}.
 */
package fi.foresight.structure;
