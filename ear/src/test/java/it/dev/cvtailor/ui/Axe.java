package it.dev.cvtailor.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Deque's axe-core, the accessibility engine browsers' own audits use, run in the page against the WCAG 2.1 A and
 * AA rules (labels, names, contrast, landmarks, ARIA). It reads the open shadow roots of Vaadin's components too.
 */
final class Axe {

    private static final String SCRIPT = read("/META-INF/resources/webjars/axe-core/" + version() + "/axe.min.js");

    private Axe() {
    }

    /** The serious and critical violations on the page as shown now: rule, impact, help and the elements. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(SCRIPT);
        Object found = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                // vaadin-grid's own shadow table (role treegrid, rows in slotted rowgroups) trips axe 4.6's
                // aria-required-children; it is the component's internals, not this application's markup
                // (a node in a shadow root has a target like [["#artifacts-grid", "#table"]])
                const insideVaadinGridTable = (v, n) => v.id === 'aria-required-children' && n.target.length === 1
                    && Array.isArray(n.target[0]) && n.target[0].length === 2 && n.target[0][1] === '#table'
                    && document.querySelector(n.target[0][0])?.tagName === 'VAADIN-GRID';
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(result => done(result.violations
                      .filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => Object.assign(v, {nodes: v.nodes.filter(n => !insideVaadinGridTable(v, n))}))
                      .filter(v => v.nodes.length > 0)
                      .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                          + v.nodes.slice(0, 3).map(n => n.target.join(' > ')).join(' | '))))
                  .catch(e => done(['axe failed: ' + e]));""");
        return (List<String>) found;
    }

    private static String version() {
        try (InputStream pom = Axe.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            java.util.Properties properties = new java.util.Properties();
            properties.load(pom);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("axe-core's webjar is not on the test class path", e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
