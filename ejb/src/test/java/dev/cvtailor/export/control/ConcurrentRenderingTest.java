package dev.cvtailor.export.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.RepeatedTest;

/**
 * Exports arrive together (the load test sent three at once to a fresh server, and all three failed inside FOP,
 * which read its configuration's lazily built DOM from three threads). A fresh renderer serves the first exports
 * side by side.
 */
class ConcurrentRenderingTest {

    @RepeatedTest(3)
    void aFreshRendererServesItsFirstExportsSideBySide() throws Exception {
        PdfRenderer pdf = new PdfRenderer();
        pdf.init();
        int threads = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String template = PdfRenderer.TEMPLATES.get(i % PdfRenderer.TEMPLATES.size());
                renders.add(pool.submit(() -> {
                    start.await();
                    return pdf.render(CvXml.of(RenderersTest.cv("Ada Lovelace", 3), Map.of()), template);
                }));
            }
            start.countDown();
            for (Future<byte[]> render : renders) {
                byte[] file = render.get();
                assertTrue(file.length > 1000);
                assertEquals("%PDF", new String(file, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
