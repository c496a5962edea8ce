package it.dev.cvtailor.ui;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import it.dev.cvtailor.platform.Api;

/** What every page object needs of a Vaadin page: its fields, buttons and grids, and waiting with an explanation. */
final class Vaadin {

    final WebDriver driver;
    private final WebDriverWait wait;

    Vaadin(WebDriver driver, Duration patience) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, patience);
    }

    void go(String path) {
        driver.get(Api.BASE + path);
    }

    /** Waits for the condition; on failure says where the browser was and what it showed. */
    <T> T await(Function<WebDriver, T> condition, String what) {
        try {
            return wait.until(condition::apply);
        } catch (TimeoutException e) {
            throw new AssertionError("Waited for " + what + "; the browser at " + driver.getCurrentUrl() + " shows:\n"
                    + bodyText(), e);
        }
    }

    WebElement byId(String id) {
        return await(ExpectedConditions.presenceOfElementLocated(By.id(id)), "#" + id);
    }

    /** The native input inside a Vaadin text field (its light DOM), scrolled into view. */
    WebElement input(String fieldId) {
        return visible(By.cssSelector("#" + fieldId + " input"), "the input of #" + fieldId);
    }

    WebElement textArea(String fieldId) {
        return visible(By.cssSelector("#" + fieldId + " textarea"), "the text area of #" + fieldId);
    }

    /** Waits for the element, scrolls it into view (a dialog's lower fields are below its fold), then for it to be usable. */
    private WebElement visible(By locator, String what) {
        WebElement element = await(ExpectedConditions.presenceOfElementLocated(locator), what);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        return await(ExpectedConditions.elementToBeClickable(locator), what + " to be usable");
    }

    void type(String fieldId, String text) {
        WebElement input = input(fieldId);
        input.clear();
        input.sendKeys(text);
    }

    void click(String id) {
        WebElement present = byId(id);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", present);
        await(d -> {
            WebElement element = d.findElement(By.id(id));
            return element.isDisplayed() && element.getAttribute("disabled") == null ? element : null;
        }, "#" + id + " to be enabled").click();
    }

    String text(String id) {
        return byId(id).getText();
    }

    /** The text of every rendered cell of the grid(s) on the page. */
    String gridText() {
        List<WebElement> cells = driver.findElements(By.tagName("vaadin-grid-cell-content"));
        return String.join("\n", cells.stream().map(WebElement::getText).toList());
    }

    void awaitGridContaining(String text) {
        await(d -> gridText().contains(text), "a grid row with \"" + text + "\"");
    }

    String bodyText() {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (RuntimeException e) {
            return "(no page)";
        }
    }

    /** Text of notifications shown now (they live in an overlay outside the view). */
    String notifications() {
        Object text = ((JavascriptExecutor) driver).executeScript("return Array.from(document.querySelectorAll("
                + "'vaadin-notification-card')).map(c => c.innerText).join('\\n')");
        return text == null ? "" : text.toString();
    }

    void awaitNotification(String containing) {
        await(d -> notifications().contains(containing), "a notification with \"" + containing + "\"");
    }

    void awaitUrlContaining(String part) {
        await(ExpectedConditions.urlContains(part), "the address to contain " + part);
    }
}
