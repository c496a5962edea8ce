package it.dev.cvtailor.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, so Selenium downloads nothing. Tests that need
 * it are skipped, loudly, on a machine without it, unless {@code it.browser.required} is set (as .ci/run does,
 * after installing both): then a missing browser fails them.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("it.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));
    static final boolean REQUIRED = Boolean.getBoolean("it.browser.required");

    private Browser() {
    }

    /** A fresh browser (own profile) that saves downloads into {@code downloads} without asking. */
    static ChromeDriver start(Path downloads, int width, int height) throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "Browser tests need Debian's chromium and chromium-driver (apt-get install chromium"
                + " chromium-driver); looked for " + CHROMIUM + " and " + CHROMEDRIVER;
        if (REQUIRED && !present) {
            throw new AssertionError(missing + ", and it.browser.required is set");
        }
        Assumptions.assumeTrue(present, missing);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + width + "," + height, "--lang=en-GB",
                "--user-data-dir=" + Files.createTempDirectory("cvtailor-chromium"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "safebrowsing.enabled", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        driver.executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        return driver;
    }
}
