import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import dev.cvtailor.export.control.CvXml;
import dev.cvtailor.export.control.PdfRenderer;
import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.CvContent.Bullet;
import dev.cvtailor.generation.entity.CvContent.Entry;

/**
 * One two-page CV rendered to PDF three ways on this machine, in one run: FOP through the application's own
 * PdfRenderer (factory and compiled template reused), Chromium printing the same CV as HTML from a cold process
 * per PDF (`chromium --headless --print-to-pdf`), and a warm Chromium kept open, printing through the DevTools
 * protocol (`Page.printToPDF`), as resume builders' printer services do. Prints p50/p95 per PDF, PDFs per second
 * (one at a time) and the ratios.
 *
 * java -cp <ejb classes and dependencies> bench/export/ExportBench.java
 */
public class ExportBench {

    static final int WARM_UP = 30;
    static final int RUNS = 100;
    static final int COLD_RUNS = 10;

    public static void main(String[] args) throws Exception {
        CvContent cv = cv();
        Path dir = Files.createTempDirectory("export-bench");
        Path html = dir.resolve("cv.html");
        Files.writeString(html, html(cv));

        PdfRenderer fop = new PdfRenderer();
        var init = PdfRenderer.class.getDeclaredMethod("init");
        init.setAccessible(true);
        init.invoke(fop);
        for (int i = 0; i < WARM_UP; i++) {
            fop.render(CvXml.of(cv, Map.of()), "classic");
        }
        List<Double> fopTimes = time(RUNS, () -> fop.render(CvXml.of(cv, Map.of()), "classic"));
        Files.write(dir.resolve("fop.pdf"), fop.render(CvXml.of(cv, Map.of()), "classic"));

        List<Double> cold = time(COLD_RUNS, () -> {
            Process p = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-pdf-header-footer", "--print-to-pdf=" + dir.resolve("cold.pdf"), html.toUri().toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("chromium failed");
            }
            return null;
        });

        List<Double> warm;
        Process browser = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
                "--remote-debugging-port=9333", "--user-data-dir=" + dir.resolve("profile"), "about:blank")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            DevTools tools = DevTools.connect(9333);
            tools.call("Page.enable", "{}");
            Runnable print = () -> {
                tools.navigate(html.toUri().toString());
                tools.call("Page.printToPDF", "{\"printBackground\":false,\"displayHeaderFooter\":false}");
            };
            for (int i = 0; i < WARM_UP; i++) {
                print.run();
            }
            warm = time(RUNS, () -> {
                print.run();
                return null;
            });
            String pdf = tools.call("Page.printToPDF", "{}");
            Matcher data = Pattern.compile("\"data\":\"([^\"]+)\"").matcher(pdf);
            if (data.find()) {
                Files.write(dir.resolve("warm.pdf"), Base64.getDecoder().decode(data.group(1)));
            }
        } finally {
            browser.destroy();
        }

        System.out.println("| renderer | PDFs | p50 ms | p95 ms | PDFs per second (one at a time) |");
        System.out.println("|---|---|---|---|---|");
        row("FOP (PdfRenderer, warm)", fopTimes);
        row("Chromium, warm, DevTools Page.printToPDF", warm);
        row("Chromium, cold process per PDF", cold);
        System.out.printf("%nFOP is %.1fx faster than the warm browser and %.1fx faster than a cold one (p50).%n",
                p(warm, 50) / p(fopTimes, 50), p(cold, 50) / p(fopTimes, 50));
        System.out.println("Files in " + dir);
    }

    interface Work {
        Object run() throws Exception;
    }

    static List<Double> time(int runs, Work work) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times;
    }

    static double p(List<Double> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * percentile / 100.0) - 1));
    }

    static void row(String name, List<Double> times) {
        double mean = times.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        System.out.printf("| %s | %d | %.1f | %.1f | %.1f |%n", name, times.size(), p(times, 50), p(times, 95),
                1000 / mean);
    }

    static CvContent cv() {
        List<Entry> jobs = new ArrayList<>();
        for (int j = 0; j < 4; j++) {
            int n = j;
            jobs.add(new Entry((long) j, "Senior Backend Engineer — Payments platform " + j, "Acme Bank",
                    LocalDate.of(2016 + j, 1, 1), null, IntStream.rangeClosed(1, 5).mapToObj(i -> new Bullet(
                            "Built the settlement service " + n + "." + i + " in Java on PostgreSQL, cutting the"
                                    + " nightly batch time by 40% and mentoring 3 engineers through its launch.",
                            n, List.of())).toList()));
        }
        return CvContent.of(new CvContent.Header("Zoë Łukasiewicz-Ørsted", "zoe@example.com", "+41 44 000 00 00",
                "Zürich", List.of("https://github.com/zoe")),
                "Senior Backend Engineer with 9 years of experience in Java, PostgreSQL and Apache Kafka.",
                List.of("Java", "PostgreSQL", "Apache Kafka", "Spring Boot", "Docker", "Terraform", "AWS").stream()
                        .map(s -> new CvContent.Skill(s, null)).toList(),
                jobs, List.of(), List.of(new Entry(9L, "MSc Computer Science", "ETH Zürich",
                        LocalDate.of(2012, 9, 1), LocalDate.of(2014, 6, 30), List.of())), List.of());
    }

    /** The same CV as a plain HTML page, as a browser-printing resume builder would render it. */
    static String html(CvContent cv) {
        StringBuilder out = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><style>"
                + "body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:18mm 20mm}"
                + "h1{font-size:20pt;margin:0}h2{font-size:12pt;border-bottom:0.5pt solid #444;margin:10pt 0 3pt}"
                + "li{break-inside:avoid}</style></head><body>");
        out.append("<h1>").append(esc(cv.header().name())).append("</h1><p>").append(esc(cv.header().email()))
                .append(" | ").append(esc(cv.header().phone())).append("</p><h2>Summary</h2><p>")
                .append(esc(cv.summary())).append("</p><h2>Skills</h2><p>")
                .append(esc(String.join(", ", cv.skills().stream().map(CvContent.Skill::name).toList())))
                .append("</p><h2>Experience</h2>");
        for (Entry e : cv.experience()) {
            out.append("<p><b>").append(esc(e.title())).append("</b>, ").append(esc(e.organisation())).append("</p><ul>");
            e.bullets().forEach(b -> out.append("<li>").append(esc(b.text())).append("</li>"));
            out.append("</ul>");
        }
        return out.append("</body></html>").toString();
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;");
    }

    /** The smallest DevTools client that can navigate and print: JSON over the JDK's WebSocket. */
    static final class DevTools implements WebSocket.Listener {
        private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
        private final AtomicInteger ids = new AtomicInteger();
        private volatile CompletableFuture<Void> loaded = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;

        static DevTools connect(int port) throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            String list = null;
            for (int attempt = 0; attempt < 50 && list == null; attempt++) {
                try {
                    list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                            .build(), HttpResponse.BodyHandlers.ofString()).body();
                } catch (IOException e) {
                    Thread.sleep(200);
                }
            }
            Matcher m = Pattern.compile("\"type\"\\s*:\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\"\\s*:\\s*\"([^\"]+)\"")
                    .matcher(list);
            if (!m.find()) {
                m = Pattern.compile("\"webSocketDebuggerUrl\"\\s*:\\s*\"(ws://[^\"]+/page/[^\"]+)\"").matcher(list);
                if (!m.find()) {
                    throw new IllegalStateException("no page target in " + list);
                }
            }
            DevTools tools = new DevTools();
            tools.socket = http.newWebSocketBuilder().buildAsync(URI.create(m.group(1)), tools).get();
            return tools;
        }

        String call(String method, String params) {
            int id = ids.incrementAndGet();
            CompletableFuture<String> answer = new CompletableFuture<>();
            pending.put(id, answer);
            socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true);
            try {
                return answer.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(method + " failed", e);
            }
        }

        void navigate(String url) {
            loaded = new CompletableFuture<>();
            call("Page.navigate", "{\"url\":\"" + url + "\"}");
            try {
                loaded.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the page did not load", e);
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(message);
                if (id.find()) {
                    CompletableFuture<String> answer = pending.remove(Integer.parseInt(id.group(1)));
                    if (answer != null) {
                        answer.complete(message);
                    }
                } else if (message.contains("\"Page.loadEventFired\"")) {
                    loaded.complete(null);
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
