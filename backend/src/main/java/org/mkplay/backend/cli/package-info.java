/**
 * The {@code mkplay} subcommands (picocli): {@code serve}, {@code run}, {@code compile}, {@code bench}.
 */
package org.mkplay.backend.cli;
