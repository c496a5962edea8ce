package it.dev.cvtailor.ui;

import static it.dev.cvtailor.platform.Api.credentials;
import static it.dev.cvtailor.platform.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import it.dev.cvtailor.platform.Api;
import jakarta.ws.rs.core.Response;

/** The Vaadin UI in a real browser: sign in over the same user store, see only your own artifacts, add one. */
class SignInAndArtifactsViewIT {

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void serverReady() {
        Api.awaitReady();
    }

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void signsInAndListsOnlyTheUsersOwnArtifacts() {
        String email = Api.uniqueEmail("browser");
        try (Response r = post("/auth/register", null, credentials(email, Api.PASSWORD))) {
            assertEquals(201, r.getStatus());
        }
        String token = login(email);
        post("/artifacts", token, "{\"kind\":\"PROJECT\",\"title\":\"Telescope control software\"}").close();
        String otherToken = Api.newUserToken("neighbour");
        post("/artifacts", otherToken, "{\"kind\":\"PROJECT\",\"title\":\"Someone else's secret\"}").close();

        browser.get(Api.BASE + "/");
        wait.until(ExpectedConditions.urlContains("/login"));
        field("vaadinLoginUsername").sendKeys(email);
        field("vaadinLoginPassword").sendKeys("a wrong passphrase!", Keys.ENTER);
        wait.until(d -> d.findElement(By.tagName("vaadin-login-form")).getAttribute("error") != null);
        wait.until(d -> !Boolean.parseBoolean(d.findElement(By.tagName("vaadin-login-form")).getDomProperty("disabled")));

        field("vaadinLoginPassword").sendKeys(Keys.chord(Keys.CONTROL, "a"), Api.PASSWORD, Keys.ENTER);
        awaitOrExplain(ExpectedConditions.presenceOfElementLocated(By.id("artifacts-grid")));
        assertEquals(email, browser.findElement(By.id("signed-in-user")).getText());
        wait.until(d -> gridText().contains("Telescope control software"));
        assertTrue(!gridText().contains("Someone else's secret"), gridText());

        browser.findElement(By.cssSelector("#new-artifact-title input")).sendKeys("Radio astronomy pipeline");
        browser.findElement(By.id("add-artifact")).click();
        wait.until(d -> gridText().contains("Radio astronomy pipeline"));
        try (Response list = Api.get("/artifacts", token)) {
            assertTrue(list.readEntity(String.class).contains("Radio astronomy pipeline"),
                    "the UI saved through the same service as the API");
        }
    }

    @Test
    void onlyAdminsSeeTheUsersView() {
        String email = Api.uniqueEmail("plain");
        post("/auth/register", null, credentials(email, Api.PASSWORD)).close();
        signIn(email, Api.PASSWORD);
        assertTrue(browser.findElements(By.linkText("Users")).isEmpty(), "no admin navigation for users");
        browser.get(Api.BASE + "/admin/users");
        wait.until(d -> d.findElement(By.tagName("body")).getText().contains("Could not navigate"));
        assertTrue(browser.findElements(By.id("users-grid")).isEmpty());

        browser.get(Api.BASE + "/");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-out"))).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        signIn(System.getProperty("it.admin.email"), System.getProperty("it.admin.password"));
        browser.get(Api.BASE + "/admin/users");
        awaitOrExplain(ExpectedConditions.presenceOfElementLocated(By.id("users-grid")));
        wait.until(d -> gridText().contains(email));
    }

    private void signIn(String email, String password) {
        browser.get(Api.BASE + "/login");
        field("vaadinLoginUsername").sendKeys(email);
        field("vaadinLoginPassword").sendKeys(password, Keys.ENTER);
        awaitOrExplain(ExpectedConditions.presenceOfElementLocated(By.id("artifacts-grid")));
    }

    /** Waits, and on failure tells what the browser showed instead. */
    private void awaitOrExplain(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        try {
            wait.until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Browser at " + browser.getCurrentUrl() + " shows: "
                    + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    private WebElement field(String id) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
    }

    private String gridText() {
        List<WebElement> cells = browser.findElements(By.tagName("vaadin-grid-cell-content"));
        return String.join("\n", cells.stream().map(WebElement::getText).toList());
    }

    private static String login(String email) {
        try (Response response = post("/auth/login", null, credentials(email, Api.PASSWORD))) {
            return Api.json(response).getString("token");
        }
    }
}
