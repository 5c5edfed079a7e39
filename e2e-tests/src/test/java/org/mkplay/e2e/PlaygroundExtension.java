package org.mkplay.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives test methods a {@link BrowserTab} of their own (closed after the test). The server and the browser
 * behind it start once per run, kept in the root store so that JUnit closes them at the end.
 */
final class PlaygroundExtension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == BrowserTab.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Playground playground = context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Playground.class, key -> Playground.start(), Playground.class);
        BrowserTab tab = parameter.isAnnotated(FirstVisit.class)
                ? playground.newTabInFreshBrowser()
                : parameter.isAnnotated(Phone.class) ? playground.newPhoneTab() : playground.newTab();
        // one entry per parameter: a test with two tabs gets both closed
        context.getStore(ExtensionContext.Namespace.create(PlaygroundExtension.class, context.getUniqueId()))
                .put(parameter.getIndex(), tab);
        return tab;
    }
}
