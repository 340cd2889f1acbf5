package party.wtp.client.boot;

import org.teavm.jso.JSExportClasses;

/** TeaVM entry class of {@code wtp-boot.js}: exports {@link EntryBoot} as the entry page's {@code wtpBoot} global. */
@JSExportClasses(EntryBoot.class)
public final class BootMain {
    private BootMain() {
    }
}
