package it.dev.cvtailor.ui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * The README's screenshots, taken by the browser tests when {@code -Dit.readme.screenshots=<folder>} names where
 * they go (e.g. {@code docs/screenshots}); without it, nothing is written. Each is kept at most 200 KB, scaled
 * down until it is.
 */
final class ReadmeScreenshots {

    static final String PROPERTY = "it.readme.screenshots";
    static final int MAX_BYTES = 200 * 1024;

    private ReadmeScreenshots() {
    }

    /** Writes {@code <folder>/<name>.png} of what the browser shows, when the property is set. */
    static void take(WebDriver browser, String name) {
        String folder = System.getProperty(PROPERTY, "");
        if (folder.isBlank()) {
            return;
        }
        try {
            byte[] png = fit(((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            Path target = Path.of(folder).resolve(name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] fit(byte[] png) throws IOException {
        byte[] current = png;
        while (current.length > MAX_BYTES) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(current));
            int width = (int) (image.getWidth() * 0.85);
            int height = (int) (image.getHeight() * 0.85);
            BufferedImage smaller = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = smaller.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(smaller, "png", out);
            current = out.toByteArray();
        }
        return current;
    }
}
