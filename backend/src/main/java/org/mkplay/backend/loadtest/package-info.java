/**
 * mkplay bench server: the HTTP load benchmark (concurrent clients, latency percentiles, nothing lost).
 */
package org.mkplay.backend.loadtest;
