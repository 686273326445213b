package fi.foresight.expression;

/** Precedence levels from the loosest to the tightest binding. */
enum Level {
    OR, AND, NOT, COMPARISON, ADDITIVE, MULTIPLICATIVE, UNARY, POWER, PRIMARY
}
