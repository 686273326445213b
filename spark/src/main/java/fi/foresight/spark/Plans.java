package fi.foresight.spark;

import fi.foresight.analysis.BlockPlan;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The block plans an executor JVM has built, by recipe id, so that every task of a study reuses one plan (the
 * model is read once per JVM, not once per task). Plans are thread-safe; a few recent ones are kept.
 */
final class Plans {
    private static final int KEPT = 4;
    private static final Map<String, BlockPlan<?>> PLANS = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BlockPlan<?>> eldest) {
            return size() > KEPT;
        }
    };

    private Plans() {
    }

    /** The plan of a recipe, built on first use in this JVM. */
    @SuppressWarnings("unchecked")
    static <R> BlockPlan<R> of(Recipe<R> recipe) {
        synchronized (PLANS) {
            BlockPlan<?> p = PLANS.get(recipe.id());
            if (p == null) {
                p = recipe.plan();
                PLANS.put(recipe.id(), p);
            }
            return (BlockPlan<R>) p;
        }
    }

    /** Registers the driver's own plan, so that executors in the driver's JVM (local mode) reuse it. */
    static void put(Recipe<?> recipe, BlockPlan<?> plan) {
        synchronized (PLANS) {
            PLANS.put(recipe.id(), plan);
        }
    }

    static void forget(Recipe<?> recipe) {
        synchronized (PLANS) {
            PLANS.remove(recipe.id());
        }
    }
}
