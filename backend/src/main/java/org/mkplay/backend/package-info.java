/**
 * The {@code mkplay} program: one jar holding the command line ({@code cli}) and the web server
 * ({@code server}).
 */
package org.mkplay.backend;
