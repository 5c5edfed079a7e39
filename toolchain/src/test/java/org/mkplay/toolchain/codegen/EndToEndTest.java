package org.mkplay.toolchain.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EndToEndTest {
    @Test
    void hello() throws Exception {
        String out = Differential.assertSame("""
            public class Main {
                public static void main(String[] args) {
                    System.out.println("Hello, mkplay!");
                    System.out.println(42);
                }
            }
            """);
        assertEquals("Hello, mkplay!\n42\n", out);
    }
}
