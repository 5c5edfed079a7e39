/**
 * The system benchmark over HTTP and on the command line: the default system's images per placement, a bounded pool
 * that runs the workloads on our emulator, and the figures stored in the database and shared by id.
 */
package org.mkplay.backend.benchmarks;
