package org.formcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The benchmark command runs and reports every stage; its numbers are read in docs/BENCHMARKS.md, not here. */
class BenchPoseCommandTest {

    @Test
    void reportsEveryStageAsJson() throws Exception {
        CommandRunner r = CommandRunner.run("bench", "pose", "--iterations", "5", "--warmup", "2", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode line = new ObjectMapper().readTree(r.out().strip());
        assertEquals("lightning", line.get("model").asText());
        assertEquals(5, line.get("iterations").asInt());
        for (String stage : new String[] {"decode", "preprocess", "inference", "postprocess", "total"}) {
            double median = line.get(stage + "_ms_median").asDouble();
            double p95 = line.get(stage + "_ms_p95").asDouble();
            assertTrue(median > 0 && p95 >= median, stage + ": " + line);
        }
        assertTrue(line.get("total_ms_median").asDouble() >= line.get("inference_ms_median").asDouble());
        assertTrue(line.get("threads").asInt() >= 1);
        assertTrue(line.get("precision").asText().matches("int8|fp32"), line.toString());
    }

    @Test
    void theFloatModelCanBeAskedFor() throws Exception {
        CommandRunner r = CommandRunner.run("bench", "pose", "--iterations", "2", "--warmup", "1", "--json",
                "--precision", "fp32");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("fp32", new ObjectMapper().readTree(r.out().strip()).get("precision").asText());
    }

    @Test
    void anUnknownPrecisionIsAUsageError() {
        CommandRunner r = CommandRunner.run("bench", "pose", "--precision", "int4");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("unknown precision 'int4'"), r.err());
    }
}
