package org.mkplay.backend.loadtest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The load generator's check of a build answer: the top-level ok, whatever comes before or after it. */
class ServerLoadTest {
    @Test
    void aBuildAnswerIsOkOnlyWhenItsTopLevelOkIsTrue() throws IOException {
        assertTrue(ServerLoad.builtOk("{\"ok\":true}"));
        assertTrue(ServerLoad.builtOk(
                "{\"id\":\"x\",\"listing\":[{\"ok\":false,\"lines\":[1,2,{\"a\":[]}]}],\"ok\":true,\"cached\":false}"));
        assertFalse(ServerLoad.builtOk("{\"ok\":false,\"diagnostics\":[{\"ok\":true}]}"));
        assertFalse(ServerLoad.builtOk("{\"nested\":{\"ok\":true}}"), "only the top level counts");
        assertFalse(ServerLoad.builtOk("{\"ok\":\"true\"}"), "a boolean, not a string");
        assertFalse(ServerLoad.builtOk("[true]"));
        assertThrows(IOException.class, () -> ServerLoad.builtOk("{\"ok\":true"), "cut short");
        assertFalse(ServerLoad.builtOk("{\"ok\":true} {}"), "trailing data");
    }
}
