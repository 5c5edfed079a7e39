/**
 * The HTTP server (Javalin): the static playground, the JSON API, and the one shape of every error.
 */
package org.mkplay.backend.server;
