package dev.cvtailor.imports.control;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.cvtailor.artifacts.entity.ArtifactDraft;
import dev.cvtailor.artifacts.entity.ArtifactKind;
import dev.cvtailor.platform.SharedData;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * CVs typeset by others: the JSON Resume samples of ../shared/data/resume_samples rendered by third-party JSON
 * Resume themes from npm ({@code ejb/src/test/jsonresume-themes}, run with node), printed to PDF by headless
 * Chromium, imported as a user's upload is, and compared with the JSON Resume source by this test's own reading
 * of it: a position is right when its title, organisation and start and end months all are. Goal: 90 % of the
 * positions per theme. Nothing generated is kept. Samples in JSON Resume's schema before v1.0.0 are given the
 * current field names as well (render.mjs), as themes print one or the other.
 */
class ThirdPartyThemesImportTest {

    private static final Path THEMES = Path.of("src/test/jsonresume-themes");
    /** The themes the reader's rules were worked out on: each must give back 90 % of the positions (the goal). */
    private static final List<String> TUNED = List.of("even", "elegant", "stackoverflow", "flat");
    /**
     * Themes added afterwards and never tuned on, so that the figures say how the reader does on layouts it has not
     * seen: reported, not asserted (RESULTS.md names the gap: a timeline sidebar, years the theme drops, letter
     * spacing that PDFBox reads as spaces).
     */
    private static final List<String> HELD_OUT = List.of("macchiato", "kendall", "paper");
    private static final double GOAL = 0.90;

    @TempDir
    Path folder;

    /** A source position and whether the import gave it back whole. */
    private record Expected(String title, String organisation, LocalDate from, LocalDate to) {
    }

    @Test
    void importsCvsTypesetByThirdPartyThemes() throws Exception {
        if (!Files.isDirectory(THEMES.resolve("node_modules/jsonresume-theme-even"))) {
            missing("the themes' npm packages (npm ci in " + THEMES + ")");
        }
        Path samples = SharedData.require("resume_samples");
        List<Path> resumes = new ArrayList<>();
        resumes.add(samples.resolve("jsonresume/sample.resume.json"));
        try (Stream<Path> files = Files.list(samples.resolve("fresh_test_resumes"))) {
            files.filter(f -> f.getFileName().toString().startsWith("jrs__")).sorted().forEach(resumes::add);
        }
        List<String> render = new ArrayList<>(List.of("node", THEMES.resolve("render.mjs").toAbsolutePath().toString(),
                folder.toString()));
        resumes.forEach(r -> render.add(r.toAbsolutePath().toString()));
        run(render);

        Map<String, int[]> byTheme = new LinkedHashMap<>();
        Map<String, int[]> byField = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (Path resume : resumes) {
            List<Expected> expected = positions(read(resume));
            String name = resume.getFileName().toString().replaceFirst("\\.json$", "");
            for (String theme : java.util.stream.Stream.concat(TUNED.stream(), HELD_OUT.stream()).toList()) {
                Path html = folder.resolve(theme + "__" + name + ".html");
                Path pdf = folder.resolve(theme + "__" + name + ".pdf");
                run(List.of("chromium", "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        "--print-to-pdf=" + pdf, html.toUri().toString()));
                String text;
                try (var document = Loader.loadPDF(pdf.toFile())) {
                    text = CvRoundTripEvaluationTest.inReadingOrder(document);
                }
                List<ArtifactDraft> imported = CvTextReader.read(text, true).drafts().stream()
                        .filter(d -> d.kind() == ArtifactKind.POSITION).toList();
                for (Expected e : expected) {
                    ArtifactDraft got = imported.stream().filter(d -> sameMonth(e.from(), d.startedOn())).findFirst()
                            .orElse(null);
                    boolean dates = got != null && sameMonth(e.to(), got.endedOn());
                    boolean title = got != null && same(e.title(), got.title());
                    boolean organisation = got != null && same(e.organisation(), got.organisation());
                    count(byField, "dates right", dates);
                    count(byField, "titles right", title);
                    count(byField, "employers right", organisation);
                    count(byTheme, theme, dates && title && organisation);
                    boolean printed = printed(text, e.title()) && printed(text, e.organisation());
                    count(byField, "positions whose title and employer the PDF prints", printed);
                    if (printed) {
                        count(byField, "of those, read whole", dates && title && organisation);
                    }
                    if (!(dates && title && organisation)) {
                        misses.add(theme + "/" + name + ": " + e + " read as " + (got == null ? "nothing"
                                : got.title() + " | " + got.organisation() + " | " + got.startedOn() + " | "
                                        + got.endedOn()));
                    }
                }
            }
        }
        System.out.println("| theme | tuned on | positions | right (title, organisation, dates) | share |");
        System.out.println("|---|---|---|---|---|");
        byTheme.forEach((theme, c) -> System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %.3f |%n", theme,
                TUNED.contains(theme) ? "yes" : "no, held out", c[1], c[0], (double) c[0] / c[1]));
        byField.forEach((field, c) -> System.out.printf(Locale.ROOT, "Themes, %s: %d of %d%n", field, c[0], c[1]));
        misses.forEach(miss -> System.out.println("THEME MISS " + miss));
        for (List<String> themes : List.of(TUNED, HELD_OUT)) {
            int right = themes.stream().mapToInt(t -> byTheme.get(t)[0]).sum();
            int total = themes.stream().mapToInt(t -> byTheme.get(t)[1]).sum();
            System.out.printf(Locale.ROOT, "Themes %s, all positions right: %d of %d (%.3f)%n", themes, right, total,
                    (double) right / total);
        }
        for (String theme : TUNED) {
            int[] c = byTheme.get(theme);
            assertTrue(c[1] > 0, "no positions in the samples");
            assertTrue((double) c[0] / c[1] >= GOAL,
                    () -> theme + ": positions right: " + c[0] + " of " + c[1] + "; " + misses);
        }
    }

    private static void count(Map<String, int[]> counts, String key, boolean right) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[1]++;
        if (right) {
            c[0]++;
        }
    }

    /** The JSON Resume's positions (work and volunteering), read here, not by the import's code. */
    private static List<Expected> positions(JsonObject resume) {
        List<Expected> positions = new ArrayList<>();
        for (String section : List.of("work", "volunteer")) {
            if (resume.get(section) instanceof jakarta.json.JsonArray entries) {
                for (JsonValue value : entries) {
                    JsonObject e = value.asJsonObject();
                    String organisation = e.getString(section.equals("work") ? "name" : "organization",
                            e.getString("company", null));
                    positions.add(new Expected(e.getString("position", null), organisation, month(e, "startDate"),
                            month(e, "endDate")));
                }
            }
        }
        return positions;
    }

    private static LocalDate month(JsonObject e, String field) {
        String value = e.getString(field, "");
        if (value.length() < 4) {
            return null;
        }
        int year = Integer.parseInt(value.substring(0, 4));
        int month = value.length() >= 7 ? Integer.parseInt(value.substring(5, 7)) : 1;
        return LocalDate.of(year, month, 1);
    }

    private static boolean sameMonth(LocalDate a, LocalDate b) {
        return a == null ? b == null : b != null && a.getYear() == b.getYear() && a.getMonthValue() == b.getMonthValue();
    }

    private static boolean same(String a, String b) {
        return Objects.equals(plain(a), plain(b));
    }

    private static String plain(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Whether the PDF's text holds the value as words of their own (a theme may leave a field out). */
    private static boolean printed(String text, String value) {
        return value != null && java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])"
                + java.util.regex.Pattern.quote(plain(value)) + "(?![\\p{L}\\p{N}])").matcher(plain(text)).find();
    }

    private static JsonObject read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); var reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            missing(command.get(0));
            throw notInstalled;
        }
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail(String.join(" ", command) + " failed: " + out);
        }
    }

    private static void missing(String what) {
        String why = what + " is not here";
        if (Boolean.getBoolean("evaluation.required")) {
            fail(why + ", and evaluation.required is set");
        }
        abort(why);
    }
}
