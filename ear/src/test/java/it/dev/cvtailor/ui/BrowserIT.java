package it.dev.cvtailor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import it.dev.cvtailor.platform.Api;
import jakarta.ws.rs.core.Response;

/**
 * A browser test: a fresh headless Chromium per test, a screenshot in {@code target/screenshots} when a test
 * fails (taken before the browser closes), and the pages of the UI to drive it.
 */
abstract class BrowserIT {

    static final Path SCREENSHOTS = Path.of(System.getProperty("it.screenshots", "target/screenshots"));

    protected ChromeDriver browser;
    protected Vaadin ui;
    protected Path downloads;

    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && browser != null) {
            screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
    };

    @BeforeAll
    static void serverReady() {
        Api.awaitReady();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        downloads = Files.createTempDirectory("cvtailor-downloads");
        browser = Browser.start(downloads, width(), 900);
        ui = new Vaadin(browser, Duration.ofSeconds(40));
    }

    /** The window's width; a phone-sized test overrides it. */
    int width() {
        return 1366;
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    protected Path screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** A new account, registered over the API: its email; its passphrase is {@link Api#PASSWORD}. */
    protected static String newAccount(String who) {
        String email = Api.uniqueEmail(who);
        try (Response registered = Api.post("/auth/register", null, Api.credentials(email, Api.PASSWORD))) {
            assertEquals(201, registered.getStatus(), () -> registered.readEntity(String.class));
        }
        return email;
    }

    /** An API token for the account. */
    protected static String tokenOf(String email) {
        try (Response login = Api.post("/auth/login", null, Api.credentials(email, Api.PASSWORD))) {
            return Api.json(login).getString("token");
        }
    }

    protected LoginPage signIn(String email, String password) {
        return LoginPage.open(ui).signIn(email, password);
    }
}
