/** Foresight Workbench: the modelling library. */
package fi.foresight;
