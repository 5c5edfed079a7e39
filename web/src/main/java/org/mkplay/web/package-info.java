/**
 * The emulator's face to the browser: the functions the Web Worker calls on the TeaVM WebAssembly GC build.
 */
package org.mkplay.web;
