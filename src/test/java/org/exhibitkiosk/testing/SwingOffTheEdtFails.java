package org.exhibitkiosk.testing;

import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a GUI test class: Swing touched off the EDT fails the test (AssertJ Swing's repaint manager),
 * from before the class's first test until after its last, when the previous repaint manager is
 * put back, so the check never leaks into the next class.
 */
public final class SwingOffTheEdtFails implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        FailOnThreadViolationRepaintManager.install();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        FailOnThreadViolationRepaintManager.uninstall();
    }
}
