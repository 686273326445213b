package fi.foresight.montecarlo;

import java.util.List;

/** Kept draws of one scenario × lever: input and outcome columns in sample order. */
record RawSamples(List<String> inputs, double[][] inputValues, List<String> outcomes, double[][] outcomeValues) {
    int size() {
        return outcomeValues.length > 0 ? outcomeValues[0].length : (inputValues.length > 0 ? inputValues[0].length : 0);
    }
}
