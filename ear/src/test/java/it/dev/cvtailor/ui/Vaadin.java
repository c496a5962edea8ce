package it.dev.cvtailor.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Wait;

import it.dev.cvtailor.platform.Api;

/**
 * What every page object needs of a Vaadin page: its fields, buttons and grids, and waiting with an explanation.
 * Vaadin re-renders elements whenever the server pushes a change, so an element found a moment ago may be gone:
 * every read and click goes through {@link #await}, which finds the element again when it went stale. Tests never
 * keep an element across a wait.
 */
final class Vaadin {

    final WebDriver driver;
    private final Wait<WebDriver> wait;

    Vaadin(WebDriver driver, Duration patience) {
        this.driver = driver;
        this.wait = new FluentWait<>(driver).withTimeout(patience).pollingEvery(Duration.ofMillis(100))
                .ignoring(NoSuchElementException.class).ignoring(StaleElementReferenceException.class);
    }

    void go(String path) {
        driver.get(Api.BASE + path);
    }

    /**
     * Waits for the condition, evaluating it again when an element it touched was not there or went stale; on
     * failure says where the browser was and what it showed.
     */
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
        return await(d -> {
            WebElement element = d.findElement(locator);
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            return element.isDisplayed() && element.isEnabled() ? element : null;
        }, what + " to be usable");
    }

    void type(String fieldId, String text) {
        await(d -> {
            WebElement input = input(fieldId);
            input.clear();
            input.sendKeys(text);
            return true;
        }, "#" + fieldId + " to take \"" + text + "\"");
    }

    void click(String id) {
        click(By.id(id), "#" + id);
    }

    /** Clicks the first displayed, enabled element the locator finds, finding it again until the click lands. */
    void click(By locator, String what) {
        await(d -> {
            WebElement element = d.findElement(locator);
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            if (!element.isDisplayed() || element.getAttribute("disabled") != null) {
                return null;
            }
            element.click();
            return true;
        }, what + " to be enabled and clicked");
    }

    String text(String id) {
        return await(d -> d.findElement(By.id(id)).getText(), "the text of #" + id);
    }

    /** An attribute of the element, read when it is there (null when the element has no such attribute). */
    String attribute(By locator, String name) {
        return now(d -> d.findElement(locator).getAttribute(name), "[" + name + "] of " + locator);
    }

    /** The value each element the locator finds has, read in one pass that starts again if one went stale. */
    <T> List<T> eachOf(By locator, Function<WebElement, T> value) {
        return await(d -> d.findElements(locator).stream().map(value).toList(), "the elements " + locator);
    }

    /** Evaluates once what the page shows now (null allowed), evaluating again if an element went stale. */
    <T> T now(Function<WebDriver, T> reading, String what) {
        return await(d -> Optional.ofNullable(reading.apply(d)), what).orElse(null);
    }

    /** Sends keys to the native input of a Vaadin field. */
    void keys(String fieldId, CharSequence... keys) {
        await(d -> {
            input(fieldId).sendKeys(keys);
            return true;
        }, "#" + fieldId + " to take keys");
    }

    /** Clicks the grid cell whose whole text is the given one. */
    void clickGridCell(String text) {
        await(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().equals(text)).findFirst().map(cell -> {
                    cell.click();
                    return true;
                }).orElse(null), "a grid cell \"" + text + "\" to click");
    }

    /** Sends the file's path to the file input inside the upload's shadow root. */
    void chooseFile(String uploadId, Path file) {
        await(d -> {
            d.findElement(By.id(uploadId)).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                    .sendKeys(file.toAbsolutePath().toString());
            return true;
        }, "the file input of #" + uploadId);
    }

    /** The text of every rendered cell of the grid(s) on the page. */
    String gridText() {
        return String.join("\n", eachOf(By.tagName("vaadin-grid-cell-content"), WebElement::getText));
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
