package fi.foresight.spark;

import fi.foresight.analysis.BlockPlan;
import fi.foresight.cib.BasinBlocks;
import fi.foresight.cib.Basins;
import fi.foresight.model.CibMatrix;
import java.util.UUID;

/** A cross-impact matrix as plain numbers and the Monte Carlo basin settings. */
final class BasinRecipe implements Recipe<Basins> {
    private static final long serialVersionUID = 1L;
    private final String id = UUID.randomUUID().toString();
    private final int[] variantCounts;
    private final int[][] rows;
    private final boolean selfImpacts;
    private final long runs;
    private final long seed;

    BasinRecipe(CibMatrix matrix, long runs, long seed) {
        this.variantCounts = matrix.variantCounts();
        this.rows = matrix.toRows();
        this.selfImpacts = matrix.hasSelfImpacts();
        this.runs = runs;
        this.seed = seed;
    }

    @Override
    public String id() {
        return id;
    }

    CibMatrix matrix() {
        return selfImpacts ? CibMatrix.withSelfImpacts(variantCounts, rows) : CibMatrix.of(variantCounts, rows);
    }

    @Override
    public BlockPlan<Basins> plan() {
        return BasinBlocks.of(matrix(), runs, seed);
    }
}
