/**
 * Language-neutral chart specifications ({@link fi.foresight.chart.ChartSpec} and its six kinds, built by
 * {@link fi.foresight.chart.Charts}) with texts in English and Finnish ({@link fi.foresight.chart.Text}), and the one
 * renderer that draws them as SVG, PNG or PDF in the shared style ({@link fi.foresight.chart.ChartRenderer}). An
 * analysis returns specifications, never pictures; see "The chart layer" in {@code docs/architecture.md}.
 *
 * <p><b>Depends on</b> no other package of the workbench (PackageCyclesTest; the map in docs/architecture.md).
 */
package fi.foresight.chart;
