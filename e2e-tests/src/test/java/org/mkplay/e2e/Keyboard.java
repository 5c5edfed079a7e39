package org.mkplay.e2e;

import com.microsoft.playwright.Page;

/** The journeys that use the keyboard alone: the focus moved with Tab, as a keyboard user moves it. */
final class Keyboard {
    private Keyboard() {}

    /** Drops the focus (back to the document), so that the next Tab starts from the page's first control. */
    static void fromTheTop(Page page) {
        page.evaluate("() => document.activeElement?.blur()");
    }

    /** Presses Tab until the focus is on {@code selector} (or inside it); fails after 60 presses. */
    static void tabTo(Page page, String selector) {
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate(
                    "s => { const t = document.querySelector(s); return !!t && t.contains(document.activeElement); }",
                    selector)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector + "; at "
                + page.evaluate("() => document.activeElement.outerHTML.slice(0, 120)"));
    }
}
