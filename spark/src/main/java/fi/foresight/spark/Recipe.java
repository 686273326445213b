package fi.foresight.spark;

import fi.foresight.analysis.BlockPlan;
import java.io.Serializable;

/**
 * What an executor needs to rebuild a block plan: plain data (a model file's text, a matrix, settings) and the
 * study that configures the analysis. Executors build the plan once per JVM ({@link Plans}), keyed by {@link #id()}.
 */
interface Recipe<R> extends Serializable {
    /** A key unique to this recipe instance, the same on the driver and every executor. */
    String id();

    /** The plan, built from the recipe's data. */
    BlockPlan<R> plan();
}
