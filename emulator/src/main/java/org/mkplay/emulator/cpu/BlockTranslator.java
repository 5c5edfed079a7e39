package org.mkplay.emulator.cpu;

/**
 * Translates hot blocks into host code ({@link CompiledBlock}). The block engine works without one (as in the
 * browser, where TeaVM compiles the hart to WebAssembly); on the JVM, {@link JvmBlockTranslator} makes JVM
 * bytecode that HotSpot compiles. Only shared code may refer to this interface, never to a translator.
 */
public interface BlockTranslator {
    /** Host code for the block's ops from the first, or null when not even its first op can be translated. */
    CompiledBlock translate(Block block);
}
