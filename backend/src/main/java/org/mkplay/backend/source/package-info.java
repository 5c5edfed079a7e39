/**
 * The rules every learner's file obeys (count, size, names) for modules and builds alike, and short identifiers.
 */
package org.mkplay.backend.source;
