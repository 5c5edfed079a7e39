/**
 * Saved modules and share links: validation, content-derived ids, the store, the routes.
 */
package org.mkplay.backend.modules;
