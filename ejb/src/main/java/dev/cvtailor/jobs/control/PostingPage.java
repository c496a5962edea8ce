package dev.cvtailor.jobs.control;

import java.io.StringReader;
import java.util.Optional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/**
 * The posting inside a web page: schema.org {@code JobPosting} JSON-LD when the page has it (title, employer,
 * description), else the page's main text with its block structure kept as lines (jsoup).
 */
public final class PostingPage {

    /** What a page says of its posting; title and company may be null. */
    public record Posting(String title, String company, String text) {
    }

    private PostingPage() {
    }

    public static Posting read(String html) {
        Document page = Jsoup.parse(html);
        return jobPosting(page).orElseGet(() -> {
            Element main = page.selectFirst("main, article, [role=main]");
            return new Posting(page.title().isBlank() ? null : page.title().strip(), null,
                    text(main != null ? main.html() : page.body() == null ? "" : page.body().html()));
        });
    }

    private static Optional<Posting> jobPosting(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try (JsonReader reader = Json.createReader(new StringReader(script.data()))) {
                Optional<JsonObject> posting = find(reader.read());
                if (posting.isPresent()) {
                    JsonObject p = posting.get();
                    JsonValue organisation = p.get("hiringOrganization");
                    String company = organisation instanceof JsonObject o ? string(o, "name")
                            : organisation instanceof JsonString s ? s.getString() : null;
                    String description = string(p, "description");
                    if (description != null) {
                        return Optional.of(new Posting(string(p, "title"), company, text(description)));
                    }
                }
            } catch (JsonException | ClassCastException e) {
                // not usable JSON-LD: the page's own text is read instead
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonObject> find(JsonStructure json) {
        if (json instanceof JsonObject object) {
            if ("JobPosting".equals(string(object, "@type"))) {
                return Optional.of(object);
            }
            JsonValue graph = object.get("@graph");
            if (graph instanceof JsonArray array) {
                return find(array);
            }
        } else if (json instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonObject object && "JobPosting".equals(string(object, "@type"))) {
                    return Optional.of(object);
                }
            }
        }
        return Optional.empty();
    }

    private static String string(JsonObject object, String field) {
        return object.get(field) instanceof JsonString s ? s.getString() : null;
    }

    /** HTML as text, a line per block, list items as bullets. */
    static String text(String html) {
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.outputSettings(new Document.OutputSettings().prettyPrint(false));
        fragment.select("br").after("\\n");
        fragment.select("li").before("\\n- ");
        fragment.select("p, div, h1, h2, h3, h4, h5, h6, tr, section, ul, ol").before("\\n").after("\\n");
        String text = Jsoup.clean(fragment.body().html(), "", Safelist.none(),
                new Document.OutputSettings().prettyPrint(false));
        return org.jsoup.parser.Parser.unescapeEntities(text.replace("\\n", "\n"), false)
                .replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }
}
