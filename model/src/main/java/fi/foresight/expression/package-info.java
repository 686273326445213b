/**
 * The closed expression language of model outcomes: parsing with precise, helpful syntax errors, scalar
 * evaluation, and compilation to column programs for the Monte Carlo hot loop.
 *
 * <p>Entry points: {@link fi.foresight.expression.Expression#parse(String)},
 * {@link fi.foresight.expression.Expression#compile(java.util.Map)}, {@link fi.foresight.expression.Names}
 * for the naming rules a model loader enforces. Model files are data: the language is a fixed grammar
 * evaluated by this package alone, with no script engine and no reflection.
 *
 * <pre>{@code
 * Expression outcome = Expression.parse("clamp(0.6 * readiness + 0.4 * index.entrepreneurs, 0, 1)");
 * outcome.names();                      // [readiness, index.entrepreneurs]
 * ColumnProgram program = outcome.compile(Map.of("readiness", 0, "index.entrepreneurs", 1));
 * program.evaluate(columns, n, out);    // one instance per thread: program.copy()
 * }</pre>
 *
 * <p><b>Depends on</b> no other package of the workbench (PackageCyclesTest; the map in docs/architecture.md).
 */
package fi.foresight.expression;
