package fi.foresight.job;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Telling a job from a model by its top-level keys, without parsing (so syntax errors do not matter). */
class JobOrModelTest {
    @Test
    void blockYamlWithAJobKeyAtTheStartOfALineIsAJob() {
        assertTrue(JobOrModel.isJob("job: x\nmodel: m.yaml\n"));
        assertTrue(JobOrModel.isJob("# a job\nmodel: m.yaml\nanalyses:\n  - type: montecarlo\n   bad: indent\n"));
        assertTrue(JobOrModel.isJob("\uFEFF---\n\"job\": x\n"));
        assertTrue(JobOrModel.isJob("model: {model: inline}\n'analyses' : []\n"));
        assertFalse(JobOrModel.isJob("model: m\nvariables:\n  job: {distribution: 1}\n  analyses: {distribution: 2}\n"));
        assertFalse(JobOrModel.isJob("model: m\ndescription: |\n  job: not a key here\n"));
        assertFalse(JobOrModel.isJob("model: m\njobs: 3\nanalysis: 1\n"));
    }

    @Test
    void jsonAndFlowFilesAreJobsByTheirOutermostKeys() {
        assertTrue(JobOrModel.isJob("{\"model\": \"m.yaml\", \"job\": \"x\"}"));
        assertTrue(JobOrModel.isJob("  {model: {variables: {a: 1}}, analyses: [], oops,, }"));
        assertTrue(JobOrModel.isJob("{\"model\": \"m\",\n \"analyses\"  : [{\"type\": \"montecarlo\"}]}"));
        assertFalse(JobOrModel.isJob("{\"model\": \"m\", \"variables\": {\"job\": {}, \"analyses\": {}}}"));
        assertFalse(JobOrModel.isJob("{\"model\": \"job: x\", \"title\": \"analyses\"}"));
        assertFalse(JobOrModel.isJob("{\"model\": \"m\"} \n job: x"));
    }
}
