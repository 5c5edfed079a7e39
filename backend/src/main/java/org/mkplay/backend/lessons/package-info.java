/**
 * The course: lesson folders read from the jar, Markdown rendered to safe HTML, the routes.
 */
package org.mkplay.backend.lessons;
