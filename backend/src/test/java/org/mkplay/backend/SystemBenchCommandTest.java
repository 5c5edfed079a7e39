package org.mkplay.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code mkplay bench system} in-process with short loops: the table, the JSON array, and refused arguments. */
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SystemBenchCommandTest {
    static final List<String> FIELDS = List.of(
            "workload",
            "placement",
            "instructions",
            "traps",
            "context_switches",
            "as_switches",
            "tlb_misses",
            "cycles");

    @Test
    void jsonIsAnArrayOfTheIssuesFieldsPerWorkloadAndPlacement() throws Exception {
        CliHarness.Result r = CliHarness.run(
                "bench",
                "system",
                "--json",
                "--workloads",
                "echo,kv_put",
                "--placements",
                "user",
                "--short",
                "2",
                "--long",
                "6");
        assertEquals(0, r.status(), r.stderr());
        JsonNode array = new ObjectMapper().readTree(r.out());
        assertEquals(2, array.size(), r.out());
        assertEquals("echo", array.get(0).get("workload").asText());
        assertEquals("kv_put", array.get(1).get("workload").asText());
        for (JsonNode figure : array) {
            assertEquals(FIELDS, iterable(figure), r.out());
            assertEquals("user", figure.get("placement").asText());
            assertTrue(figure.get("context_switches").asDouble() >= 2, r.out());
            assertTrue(
                    figure.get("cycles").asDouble()
                            >= figure.get("instructions").asDouble(),
                    r.out());
        }
    }

    @Test
    void theTableHasARowPerWorkload() {
        CliHarness.Result r = CliHarness.run("bench", "system", "--workloads", "echo", "--short", "2", "--long", "6");
        assertEquals(0, r.status(), r.stderr());
        assertTrue(r.out().contains("instructions"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("echo ") && l.contains(" user ")), r.out());
    }

    @Test
    void unknownWorkloadsPlacementsAndLoopsAreStatus2WithTheReason() {
        CliHarness.Result workload = CliHarness.run("bench", "system", "--workloads", "nosuch");
        assertEquals(2, workload.status());
        assertTrue(workload.stderr().contains("no workload 'nosuch'"), workload.stderr());
        CliHarness.Result placement = CliHarness.run("bench", "system", "--placements", "monolith");
        assertEquals(2, placement.status());
        assertTrue(placement.stderr().contains("no placement 'monolith'"), placement.stderr());
        CliHarness.Result loops = CliHarness.run("bench", "system", "--short", "5", "--long", "5");
        assertEquals(2, loops.status());
        assertTrue(loops.stderr().contains("--short < --long"), loops.stderr());
    }

    private static List<String> iterable(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
