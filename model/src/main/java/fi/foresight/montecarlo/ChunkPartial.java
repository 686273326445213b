package fi.foresight.montecarlo;

import fi.foresight.statistics.QuantileSketch;

/**
 * A run of consecutive blocks evaluated by one worker: the blocks' own summaries, in block order, and one
 * quantile sketch per outcome column holding all of the chunk's values (merged in block order).
 */
record ChunkPartial(long firstBlock, BlockPartial[] blocks, QuantileSketch[] sketches) {
}
