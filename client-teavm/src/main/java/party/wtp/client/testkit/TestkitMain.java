package party.wtp.client.testkit;

import org.teavm.jso.JSExportClasses;

/** TeaVM entry class of {@code wtp-testkit.js}: exports {@link Testkit} as the page's {@code wtpTestkit} global. */
@JSExportClasses(Testkit.class)
public final class TestkitMain {
    private TestkitMain() {
    }
}
