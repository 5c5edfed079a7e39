package org.mkplay.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link BrowserTab} parameter that must come from a browser of its own: Chromium fetches some
 * things (the favicon) once per browser, so only a fresh one shows every error of a person's first visit.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@interface FirstVisit {}
