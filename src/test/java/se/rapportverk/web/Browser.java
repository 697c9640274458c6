package se.rapportverk.web;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from Debian's packages ({@code chromium}, {@code chromium-driver}), driven by
 * Selenium. Where the browser is missing the browser tests cannot run: in CI ({@code CI=true},
 * where {@code .ci/run} installs it) that is a failure; on a developer's machine the tests are
 * skipped with a loud message saying how to install it. The paths can be changed with
 * {@code RAPPORTVERK_CHROMIUM} and {@code RAPPORTVERK_CHROMEDRIVER}.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(env("RAPPORTVERK_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(env("RAPPORTVERK_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private Browser() {
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static boolean warned;

    /** Whether the browser and its driver are there. */
    static boolean installed() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Stops the test (CI: fails it) when the browser or its driver is missing. */
    static synchronized void requireInstalled() {
        if (installed()) {
            return;
        }
        String message = "The browser tests need headless Chromium and its driver: " + CHROMIUM + " and "
                + CHROMEDRIVER + " (Debian: apt-get install -y chromium chromium-driver; .ci/run installs them).";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + " CI=true: the browser tests are required here.");
        }
        if (!warned) {
            warned = true;
            System.err.println();
            System.err.println("*".repeat(100));
            System.err.println("*** SKIPPED: the web page's browser tests did not run. " + message);
            System.err.println("*".repeat(100));
            System.err.println();
        }
        Assumptions.abort("SKIPPED, browser missing: " + message);
    }

    /**
     * A fresh headless Chromium with its own profile, downloading into a folder without asking, on
     * a closed network (no background traffic, no updates, no sync).
     */
    static ChromeDriver start(Path profile, Path downloads) throws IOException {
        Files.createDirectories(profile);
        Files.createDirectories(downloads);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1600", "--lang=sv-SE"));
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "download.directory_upgrade", true,
                "plugins.always_open_pdf_externally", true,
                "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
