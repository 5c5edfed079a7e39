/**
 * The guest images the page ships (the demo and the benchmark guests), assembled at build time by the
 * toolchain's assembler.
 */
package org.mkplay.web.demo;
