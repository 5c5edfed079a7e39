/**
 * Builds: content-addressed, cached in the database, run on a bounded pool of worker processes under a time and rate limit.
 */
package org.mkplay.backend.builds;
