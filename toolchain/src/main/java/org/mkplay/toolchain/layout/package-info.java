/**
 * What the IR builder, the code generator and the linker agree on about the compiled program, below all
 * three: object, array and class-descriptor layout ({@code Layout}), the labels the code generator asks the
 * linker for ({@code Symbols}, implemented by {@code link.Linker}; {@code Resolver} is its part the IR
 * builder needs) and the names of the labels bound at fixed places of every image ({@code LinkLabels}).
 */
package org.mkplay.toolchain.layout;
