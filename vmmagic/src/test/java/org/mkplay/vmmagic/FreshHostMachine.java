package org.mkplay.vmmagic;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mkplay.vmmagic.host.HostMachine;

/**
 * A fresh HostMachine as the thread's machine for each test: a test class registers one as a JUnit extension
 * ({@code @RegisterExtension final FreshHostMachine machine = new FreshHostMachine();}); it is installed before the
 * class's own {@code @BeforeEach} methods run and the previous machine is put back afterwards. Other modules' tests
 * get it from this module's test fixtures (its test-jar), e.g. the kernel's SimulatedBoard extends it.
 */
public class FreshHostMachine extends HostMachine implements BeforeEachCallback, AfterEachCallback {
    private HostMachine previous;

    @Override
    public void beforeEach(ExtensionContext context) {
        previous = HostMachine.install(this);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        HostMachine.install(previous);
    }
}
