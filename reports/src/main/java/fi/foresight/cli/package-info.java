/** The {@code foresight} command line, batch jobs, run directories and report rendering. */
package fi.foresight.cli;
