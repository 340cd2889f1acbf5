package party.wtp.browser;

import java.nio.file.Path;
import org.openqa.selenium.firefox.FirefoxOptions;
import org.openqa.selenium.remote.RemoteWebDriver;

/**
 * Starts Debian's Firefox ESR, headless, through our own {@link Geckodriver}. Firefox has no wildcard host mapping,
 * so every name in {@link PartyHosts#NAMES} is listed in {@code network.dns.localDomains} (resolved to loopback).
 */
final class Firefox {
    static final String BINARY = "/usr/bin/firefox-esr";

    private Firefox() {
    }

    /** A running Firefox: the WebDriver session and the geckodriver process behind it. */
    record Session(RemoteWebDriver driver, Geckodriver geckodriver) implements AutoCloseable {
        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                geckodriver.close();
            }
        }
    }

    /** A new headless Firefox with a fresh profile (geckodriver makes and removes it). */
    static Session start(Path scratch) {
        BrowserKind.requireExecutable(BINARY, "firefox-esr");
        Geckodriver geckodriver = Geckodriver.start(BINARY, scratch.resolve("geckodriver.log"));
        try {
            FirefoxOptions options = new FirefoxOptions();
            options.setBinary(BINARY);
            options.addArguments("-headless", "--width=1280", "--height=900");
            options.addPreference("network.dns.localDomains", String.join(",", PartyHosts.NAMES));
            options.addPreference("network.proxy.type", 0);
            options.addPreference("app.update.enabled", false);
            options.addPreference("browser.shell.checkDefaultBrowser", false);
            options.addPreference("datareporting.policy.dataSubmissionEnabled", false);
            options.addPreference("toolkit.telemetry.enabled", false);
            options.addPreference("network.captive-portal-service.enabled", false);
            options.addPreference("network.connectivity-service.enabled", false);
            options.addPreference("browser.safebrowsing.malware.enabled", false);
            options.addPreference("browser.safebrowsing.phishing.enabled", false);
            options.addPreference("extensions.update.enabled", false);
            return new Session(new RemoteWebDriver(geckodriver.url(), options), geckodriver);
        } catch (RuntimeException e) {
            geckodriver.close();
            throw e;
        }
    }
}
