/**
 * Surveys, ratings and Delphi rounds: how the people who answered a survey, rated the drivers or took part in a
 * Delphi study see things, and how much they disagree.
 *
 * <ul>
 *   <li>{@link fi.foresight.survey.Spread}: the spread of one question's answers (median, interquartile range, share
 *       within one scale point of the median);</li>
 *   <li>{@link fi.foresight.survey.Concordance}: Kendall's coefficient of concordance W of the rankings the
 *       respondents' ratings imply, with the correction for ties;</li>
 *   <li>{@link fi.foresight.survey.RatingWeights}: a panel's weights from its members' importance ratings and the
 *       Dirichlet concentration that carries their disagreement into the sampled weights;</li>
 *   <li>{@link fi.foresight.survey.DelphiConvergence}: convergence and stability between the rounds of a Delphi
 *       study;</li>
 *   <li>{@link fi.foresight.survey.SurveySummary}: what a data file holds, column by column, before it is used.</li>
 * </ul>
 *
 * The statistics work on plain arrays (respondents × questions, {@code NaN} for a missing answer), so that a
 * JShell user can use them on any table.
 */
package fi.foresight.survey;
