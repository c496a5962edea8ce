package dev.cvtailor.generation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.cvtailor.artifacts.entity.ArtifactKind;
import dev.cvtailor.export.control.CvXml;
import dev.cvtailor.export.control.DocxRenderer;
import dev.cvtailor.export.control.PdfRenderer;
import dev.cvtailor.generation.control.ClaimAudit.Finding;
import dev.cvtailor.generation.control.ClaimAudit.Kind;
import dev.cvtailor.generation.control.ClaimAudit.OwnArtifact;
import dev.cvtailor.generation.control.ClaimVerifier.VerifiedCv;
import dev.cvtailor.generation.control.ClaimVerifier.VerifiedLetter;
import dev.cvtailor.generation.entity.Candidate;
import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.GenerationInput;
import dev.cvtailor.generation.entity.GenerationInput.BackedKeyword;
import dev.cvtailor.generation.entity.Length;
import dev.cvtailor.generation.entity.PostingBrief;
import dev.cvtailor.generation.entity.SourceArtifact;
import dev.cvtailor.generation.entity.Tone;
import dev.cvtailor.jobs.control.HiringContact;
import dev.cvtailor.jobs.control.JobDescriptionParser;
import dev.cvtailor.jobs.control.TeamTaxonomy;
import dev.cvtailor.jobs.entity.ParsedJobDescription;
import dev.cvtailor.matching.control.ArtifactRanker;
import dev.cvtailor.matching.entity.MatchCandidate;
import dev.cvtailor.matching.entity.MatchReport;
import dev.cvtailor.platform.SharedData;
import dev.cvtailor.skills.control.SkillVocabulary;
import dev.cvtailor.skills.entity.SkillRef;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Generation against real postings (SkillSpan's 263 and every 8th of the 923 O*NET occupation profiles, from
 * ../shared/data, never copied here) for four personas the team wrote (src/test/resources/personas), each with a
 * list of things it must never claim, and each artifact given one validated evidence link here.
 *
 * <p>For every posting and persona the application does what the server does: parses the posting, ranks the
 * artifacts (without embeddings), has the template generator write a CV and a cover letter, verifies both with
 * {@link ClaimVerifier} and exports them with the production renderers (DOCX through POI, PDF through FOP, as
 * {@code ExportService} calls them). The evaluation then reads the exported files itself, with POI and PDFBox
 * directly, and judges them with {@link ClaimAudit}, its own regex-and-string reading of the persona's artifacts as
 * written, sharing nothing with the application's taxonomy, verifier or parse-back: skills, never-claim items,
 * numbers, dates, employers, job titles and links (asserted: none unsupported).
 *
 * <p>Keyword coverage is the share of the critical keywords the persona backs (as the match reports them) that
 * the exported CV's claims name (the evaluation's own phrase search; the posting's title and employer do not
 * count), before the verifier (the generator's draft, exported to DOCX) and after it. A posting for which the
 * persona backs no critical keyword is left out of the mean (0 of 0 is not full coverage) and counted.
 *
 * <p>Every sentence of every CV and letter is also read by LanguageTool ({@link ProseCheck}): no grammar or typo
 * error, no sentence twice in a document; how many bullets open with a past-tense verb and how long the letters are
 * is printed.
 *
 * <p>Sample, for run time (~50 s on 2 cores): every document is exported and read as DOCX (the generator's draft
 * too; ~4.5 ms a file); the PDFs (FOP and PDFBox, ~19 ms a file) for every {@value #PDF_EVERY}th posting only, in
 * file order, with the three templates in turn, so ~1 in {@value #PDF_EVERY} CVs and letters is also read as a PDF.
 */
class GenerationEvaluationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final List<String> PERSONAS = List.of("backend-engineer", "data-analyst", "nurse", "marketing-manager");
    static final ClaimAudit.Person CANDIDATE = new ClaimAudit.Person("Robin Example", "robin@example.com",
            "+44 1632 960123", "York", List.of("https://robin.example.com"));
    /** The PDFs are exported for every PDF_EVERY-th posting. */
    static final int PDF_EVERY = 4;
    static final int ONET_EVERY = 8;

    /** A posting and its own skill names: SkillSpan's listed technologies, O*NET's hot technologies. */
    record Posting(int index, String family, String text, List<String> listed) {
    }

    record Persona(String name, List<SourceArtifact> artifacts, List<OwnArtifact> own, List<String> neverClaim,
            Map<Long, String> links) {
    }

    /** Figures for one row of the table. */
    static final class Tally {
        int pairs;
        int leftOut;
        int inMean;
        int backed;
        double before;
        double afterDocx;
        double afterPdf;
        int withPdf;
        double verifierSays;
        int files;
        final Map<Kind, Integer> findings = new EnumMap<>(Kind.class);
        final Map<String, Integer> distinct = new TreeMap<>();
        final List<String> examples = new ArrayList<>();

        void add(Finding finding, String where) {
            findings.merge(finding.kind(), 1, Integer::sum);
            distinct.merge(finding.toString(), 1, Integer::sum);
            if (examples.size() < 12) {
                examples.add(where + ": " + finding);
            }
        }

        int unsupported() {
            return findings.entrySet().stream().filter(e -> e.getKey() != Kind.NEVER_CLAIM)
                    .mapToInt(Map.Entry::getValue).sum();
        }

        double afterPdf() {
            return withPdf == 0 ? Double.NaN : afterPdf / withPdf;
        }

        double mean(double sum) {
            return inMean == 0 ? Double.NaN : sum / inMean;
        }

        String row(String name) {
            String kinds = Stream.of(Kind.values()).filter(k -> k != Kind.NEVER_CLAIM)
                    .map(k -> String.valueOf(findings.getOrDefault(k, 0))).collect(Collectors.joining(" / "));
            return String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s | %s | %s | %d | %d (%s) | %d |", name,
                    pairs, leftOut, backed, figure(mean(before)), figure(mean(afterDocx)), figure(afterPdf()),
                    figure(mean(verifierSays)), files, unsupported(), kinds,
                    findings.getOrDefault(Kind.NEVER_CLAIM, 0));
        }

        static String figure(double value) {
            return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
        }
    }

    static SkillVocabulary vocabulary;
    static List<Posting> postings;
    static List<Persona> personas;
    static PdfRenderer pdf;
    static final DocxRenderer DOCX = new DocxRenderer();
    static ClaimAudit.Lexicon lexicon;

    /** Before each test, so that without the data each test is skipped (or failed) and counted; read once. */
    @BeforeEach
    void data() throws IOException {
        Path skillspan = SharedData.require("jd_skillspan/postings.jsonl");
        Path onet = SharedData.require("jd_onet_occupations/occupation_jds.jsonl");
        Path technologies = SharedData.require("onet_29_2/technology_examples.csv");
        if (pdf != null) {
            return;
        }
        vocabulary = TeamTaxonomy.vocabulary();
        postings = new ArrayList<>();
        for (String line : Files.readAllLines(skillspan)) {
            JsonObject row = Json.createReader(new StringReader(line)).readObject();
            postings.add(new Posting(postings.size(), "SkillSpan " + row.getString("source"), row.getString("text"),
                    strings(row.get("listed_technologies"))));
        }
        List<String> onetLines = Files.readAllLines(onet);
        for (int i = 0; i < onetLines.size(); i += ONET_EVERY) {
            JsonObject row = Json.createReader(new StringReader(onetLines.get(i))).readObject();
            postings.add(new Posting(postings.size(), "O*NET " + family(row.getString("onet_soc_code")),
                    row.getString("title") + "\n\n" + row.getString("text"), strings(row.get("hot_technologies"))));
        }
        List<JsonObject> files = new ArrayList<>();
        for (String name : PERSONAS) {
            try (InputStream in = GenerationEvaluationTest.class.getResourceAsStream("/personas/" + name + ".json")) {
                files.add(Json.createReader(in).readObject());
            }
        }
        personas = new ArrayList<>();
        for (int i = 0; i < PERSONAS.size(); i++) {
            personas.add(persona(PERSONAS.get(i), files.get(i)));
        }
        Set<String> names = new LinkedHashSet<>();
        try (Reader csv = Files.newBufferedReader(technologies, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
                names.add(row.get("example"));
            }
        }
        for (Persona persona : personas) {
            persona.own().forEach(a -> names.addAll(a.skills()));
            names.addAll(persona.neverClaim());
        }
        lexicon = new ClaimAudit.Lexicon(names);
        pdf = new PdfRenderer();
        pdf.init();
    }

    static List<String> strings(JsonValue value) {
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            return List.of();
        }
        return ((JsonArray) value).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    static String family(String soc) {
        return switch (soc.substring(0, 2)) {
            case "11", "13" -> "management and business";
            case "15", "17" -> "computing and engineering";
            case "29", "31" -> "healthcare";
            case "41", "43" -> "sales and office";
            default -> "other occupations";
        };
    }

    /**
     * The persona as the server would hold it (declared skills plus those the taxonomy reads, one validated evidence
     * link per artifact), and as its file states it (for the audit).
     */
    static Persona persona(String slug, JsonObject json) {
        List<SourceArtifact> artifacts = new ArrayList<>();
        List<OwnArtifact> own = new ArrayList<>();
        Map<Long, String> links = new HashMap<>();
        long id = 1;
        for (JsonObject a : json.getJsonArray("artifacts").getValuesAs(JsonObject.class)) {
            String description = a.getString("description", null);
            List<String> declared = strings(a.get("skills"));
            Set<String> skills = new LinkedHashSet<>(declared);
            vocabulary.foundIn(a.getString("title") + "\n" + description).forEach(s -> skills.add(s.name()));
            long linkId = 1000 + id;
            String url = "https://evidence.example/" + slug + "/" + id;
            links.put(linkId, url);
            artifacts.add(new SourceArtifact(id, ArtifactKind.valueOf(a.getString("kind")), a.getString("title"),
                    a.getString("role", null), a.getString("organisation", null), date(a, "startedOn"),
                    date(a, "endedOn"), null, description, null, List.copyOf(skills), List.of(linkId),
                    List.of(new SourceArtifact.EvidenceLink(linkId, url)), 0, 1));
            own.add(OwnArtifact.of(a, url));
            id++;
        }
        return new Persona(json.getString("name"), artifacts, own, strings(json.get("neverClaim")), links);
    }

    static LocalDate date(JsonObject json, String field) {
        return json.containsKey(field) ? LocalDate.parse(json.getString(field)) : null;
    }

    static Set<String> skillsIn(String text) {
        return vocabulary.foundIn(text).stream().map(SkillRef::name).collect(Collectors.toSet());
    }

    /** What the server does for one parsed posting and persona: match, then the input generation gets. */
    static GenerationInput input(Posting posting, ParsedJobDescription parsed, Persona persona) {
        List<MatchCandidate> candidates = persona.artifacts().stream().map(a -> new MatchCandidate(a.id(), a.title(),
                a.text(), Set.copyOf(a.skills()), null, a.startedOn(), a.endedOn(), a.validLinks().size())).toList();
        MatchReport match = ArtifactRanker.rank(parsed.keywords(), null, candidates, TODAY);
        Map<Long, Integer> scores = match.artifacts().stream()
                .collect(Collectors.toMap(MatchReport.RankedArtifact::id, MatchReport.RankedArtifact::score));
        List<SourceArtifact> sources = persona.artifacts().stream().map(a -> new SourceArtifact(a.id(), a.kind(),
                a.title(), a.role(), a.organisation(), a.startedOn(), a.endedOn(), a.summary(), a.description(),
                a.bodyText(), a.skills(), a.linkIds(), a.validLinks(), scores.getOrDefault(a.id(), 0),
                a.version())).toList();
        List<BackedKeyword> keywords = match.keywords().stream()
                .map(k -> new BackedKeyword(k.term(), k.skill(), k.critical(), k.artifactIds())).toList();
        ParsedJobDescription.CompanySignals signals = parsed.companySignals();
        return new GenerationInput(new PostingBrief(parsed.title(), parsed.company(), posting.text(),
                signals == null ? List.of() : signals.domains(), signals == null ? List.of() : signals.values(),
                HiringContact.in(posting.text()).orElse(null)),
                sources, keywords, new Candidate(CANDIDATE.name(), CANDIDATE.email(), CANDIDATE.phone(),
                        CANDIDATE.location(), CANDIDATE.links()), Tone.PROFESSIONAL, Length.ONE_PAGE);
    }

    /** The evidence addresses the CV's bullets cite, as ExportService looks them up for the owner. */
    static Map<Long, String> evidenceUrls(CvContent cv, Persona persona) {
        Map<Long, String> urls = new HashMap<>();
        Stream.of(cv.experience(), cv.projects(), cv.education(), cv.certifications()).flatMap(List::stream)
                .flatMap(entry -> entry.bullets().stream()).flatMap(bullet -> bullet.evidenceLinkIds().stream())
                .filter(persona.links()::containsKey).forEach(id -> urls.put(id, persona.links().get(id)));
        return urls;
    }

    static ExportedText docx(CvContent cv, Persona persona) {
        return ExportedText.docx(DOCX.render(cv, evidenceUrls(cv, persona)));
    }

    static ExportedText pdf(CvContent cv, Persona persona, String template) {
        return ExportedText.pdf(pdf.render(CvXml.of(cv, evidenceUrls(cv, persona)), template));
    }

    static void printLengths(String which, List<Integer> words) {
        List<Integer> sorted = words.stream().sorted().toList();
        long inRange = sorted.stream().filter(n -> n >= 250 && n <= 400).count();
        System.out.printf(Locale.ROOT, "Letter length, %s (words of the paragraphs and closing): min %d, median %d,"
                + " max %d; %d of %d within 250-400%n", which, sorted.get(0), sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() - 1), inRange, sorted.size());
    }

    /** A paragraph's sentences, as the evaluation cuts them: after a full stop before a capital. */
    static List<String> prose(String paragraph, String title) {
        if (paragraph == null || paragraph.isBlank()) {
            return List.of();
        }
        String masked = title == null || title.isBlank() ? paragraph : paragraph.replace(title, "\u0000");
        return Stream.of(masked.strip().split("(?<=[.!?])\\s+(?=\\p{Lu})"))
                .map(sentence -> title == null || title.isBlank() ? sentence : sentence.replace("\u0000", title))
                .toList();
    }

    /** Words as a reader counts them: runs of letters or digits (an address counts once). */
    static int words(String text) {
        return (int) Stream.of(text.replaceAll("https?://\\S+", "x").split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).count();
    }

    /** The share of the backed critical keywords (by name, with the posting's term) the claims name. */
    static double coverage(Map<String, Set<String>> backed, String claims) {
        long covered = backed.values().stream()
                .filter(spellings -> spellings.stream().anyMatch(s -> ClaimAudit.mentions(claims, s))).count();
        return (double) covered / backed.size();
    }

    @Test
    void exportedDocumentsCoverWhatThePersonasCanBackAndClaimNothingElse() {
        long started = System.nanoTime();
        TemplateCvGenerator cvs = new TemplateCvGenerator();
        TemplateCoverLetterGenerator letters = new TemplateCoverLetterGenerator();
        List<ClaimAudit> audits = new ArrayList<>();
        for (Persona persona : personas) {
            audits.add(new ClaimAudit(persona.own(), persona.neverClaim(), CANDIDATE, TODAY, lexicon,
                    personas.stream().filter(p -> p != persona).flatMap(p -> p.own().stream()).toList()));
        }
        Map<String, Tally> families = new TreeMap<>();
        Map<String, Tally> byPersona = new LinkedHashMap<>();
        Tally all = new Tally();
        Map<String, Integer> missedByTheEvaluation = new TreeMap<>();
        Map<String, Integer> removedFromTheTemplates = new TreeMap<>();
        List<Integer> letterWords = new ArrayList<>();
        List<Integer> matchedLetterWords = new ArrayList<>();
        List<String> offPage = new ArrayList<>();
        ProseCheck prose = new ProseCheck();
        int[] bullets = new int[2];
        Map<String, Integer> notInThePast = new TreeMap<>();
        List<String> repeated = new ArrayList<>();
        long docxNanos = 0;
        long pdfNanos = 0;
        for (Posting posting : postings) {
            boolean withPdf = posting.index() % PDF_EVERY == 0;
            String template = PdfRenderer.TEMPLATES.get(posting.index() / PDF_EVERY % PdfRenderer.TEMPLATES.size());
            ParsedJobDescription parsed = JobDescriptionParser.parse(posting.text(), null, null,
                    TeamTaxonomy.skills(vocabulary));
            for (int p = 0; p < personas.size(); p++) {
                Persona persona = personas.get(p);
                ClaimAudit audit = audits.get(p);
                GenerationInput input = input(posting, parsed, persona);
                CvContent draft = cvs.generate(input, TODAY);
                VerifiedCv cv = new ClaimVerifier(input, GenerationEvaluationTest::skillsIn, TODAY).verify(draft);
                VerifiedLetter letter = new ClaimVerifier(input, GenerationEvaluationTest::skillsIn, TODAY)
                        .verify(letters.generate(input, TODAY));
                Stream.concat(cv.coverage().removed().stream(), letter.coverage().removed().stream())
                        .forEach(why -> removedFromTheTemplates.merge(why.replaceAll("\"[^\"]*\"", "\"…\""), 1,
                                Integer::sum));
                int letterLength = words(ClaimVerifier.claims(letter.content()));
                letterWords.add(letterLength);
                if (letterLength > 400 || letterLength < 250 && LetterLength.advice(letter.content(), input)
                        .filter(advice -> advice.startsWith("The letter has " + letterLength + " words")).isEmpty()) {
                    offPage.add(persona.name() + ", posting " + posting.index() + ": " + letterLength + " words");
                }
                if (input.keywords().stream().anyMatch(k -> k.critical() && k.backed())) {
                    matchedLetterWords.add(words(ClaimVerifier.claims(letter.content())));
                }
                String sources = persona.artifacts().stream().map(SourceArtifact::text)
                        .collect(Collectors.joining("\n")) + "\n" + posting.text() + "\n" + input.posting().title()
                        + "\n" + input.posting().company();
                List<String> cvSentences = new ArrayList<>(prose(cv.content().summary(),
                        input.posting().title()));
                cv.content().entries().forEach(entry -> entry.bullets().forEach(bullet -> {
                    cvSentences.add(bullet.text());
                    bullets[0]++;
                    if (prose.opensInThePast(bullet.text())) {
                        bullets[1]++;
                    } else {
                        notInThePast.merge(bullet.text().split(" ")[0], 1, Integer::sum);
                    }
                }));
                List<String> letterSentences = new ArrayList<>(List.of(letter.content().salutation()));
                letter.content().paragraphs().forEach(paragraph -> letterSentences.addAll(prose(paragraph.text(),
                        input.posting().title())));
                for (List<String> document : List.of(cvSentences, letterSentences)) {
                    document.forEach(sentence -> prose.check(sentence, sources));
                    if (new LinkedHashSet<>(document).size() < document.size()) {
                        repeated.add(persona.name() + ", posting " + posting.index() + ": " + document);
                    }
                }
                ClaimAudit.PostingNames postingNames = new ClaimAudit.PostingNames(input.posting().title(),
                        input.posting().company(), Stream.concat(input.posting().domains().stream(),
                                input.posting().values().stream()).toList());
                Set<String> postingSkills = new LinkedHashSet<>(posting.listed());
                input.keywords().stream().filter(k -> k.skill() != null).forEach(k -> {
                    postingSkills.add(k.term());
                    postingSkills.add(k.skill());
                });
                long clock = System.nanoTime();
                Map<String, ExportedText> exported = new LinkedHashMap<>();
                exported.put("CV DOCX", docx(cv.content(), persona));
                exported.put("letter DOCX", ExportedText.docx(DOCX.render(letter.content())));
                ExportedText draftDocx = docx(draft, persona);
                docxNanos += System.nanoTime() - clock;
                clock = System.nanoTime();
                if (withPdf) {
                    exported.put("CV PDF " + template, pdf(cv.content(), persona, template));
                    exported.put("letter PDF " + template, ExportedText.pdf(pdf.render(CvXml.of(letter.content()),
                            template)));
                }
                pdfNanos += System.nanoTime() - clock;
                Map<String, Set<String>> backed = new LinkedHashMap<>();
                input.keywords().stream().filter(k -> k.critical() && k.backed()).forEach(k -> backed
                        .computeIfAbsent(k.name(), n -> new LinkedHashSet<>(List.of(n))).add(k.term()));
                double before = 0;
                double afterDocx = 0;
                double afterPdf = 0;
                if (!backed.isEmpty()) {
                    before = coverage(backed, audit.claims(draftDocx, postingNames));
                    afterDocx = coverage(backed, audit.claims(exported.get("CV DOCX"), postingNames));
                    if (withPdf) {
                        afterPdf = coverage(backed, audit.claims(exported.get("CV PDF " + template), postingNames));
                    }
                    String claims = audit.claims(exported.get("CV DOCX"), postingNames);
                    backed.forEach((name, spellings) -> {
                        if (spellings.stream().noneMatch(s -> ClaimAudit.mentions(claims, s))) {
                            missedByTheEvaluation.merge(name, 1, Integer::sum);
                        }
                    });
                }
                List<Tally> tallies = List.of(families.computeIfAbsent(posting.family(), f -> new Tally()),
                        byPersona.computeIfAbsent(persona.name(), n -> new Tally()), all);
                for (Tally tally : tallies) {
                    tally.pairs++;
                    tally.files += exported.size();
                    if (backed.isEmpty()) {
                        tally.leftOut++;
                    } else {
                        tally.inMean++;
                        tally.backed += backed.size();
                        tally.before += before;
                        tally.afterDocx += afterDocx;
                        tally.verifierSays += cv.coverage().ratio();
                        if (withPdf) {
                            tally.withPdf++;
                            tally.afterPdf += afterPdf;
                        }
                    }
                }
                exported.forEach((what, file) -> {
                    for (Finding finding : audit.audit(file, postingNames, postingSkills)) {
                        String where = persona.name() + ", posting " + posting.index() + ", " + what;
                        tallies.forEach(tally -> tally.add(finding, where));
                    }
                });
            }
        }
        System.out.println("| role family | postings × personas | left out (0 backed) | critical keywords backed"
                + " (in the mean) | CV coverage before the verifier (DOCX) | after (DOCX) | after (PDF sample) |"
                + " the verifier's own figure | files read | unsupported (skill / number / date / employer / title"
                + " / link) | never-claim |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        families.forEach((family, tally) -> System.out.println(tally.row(family)));
        byPersona.forEach((persona, tally) -> System.out.println(tally.row("persona: " + persona)));
        System.out.println(all.row("all"));
        System.out.println("Left out of the coverage mean: " + all.leftOut + " of " + all.pairs
                + " posting × persona pairs back no critical keyword.");
        System.out.println("Backed critical keywords the exported CVs' claims do not name (times): "
                + missedByTheEvaluation);
        all.examples.forEach(example -> System.out.println("CLAIM " + example));
        printLengths("all letters", letterWords);
        printLengths("letters for postings the persona backs a critical keyword of", matchedLetterWords);
        System.out.printf(Locale.ROOT, "LanguageTool (en-GB) on %d sentences: %d grammar or typo errors; spelling"
                + " flags on the sources' own words: %s; errors inside the user's own words copied: %s; style hints:"
                + " %s%n", prose.sentences, prose.errors.size(), prose.theirWords, prose.theirSentences, prose.hints);
        prose.errors.stream().map(Object::toString).distinct().limit(20).forEach(e -> System.out.println("PROSE " + e));
        System.out.printf(Locale.ROOT, "Bullets opening with a past-tense verb: %d of %d; the others open with: %s%n",
                bullets[1], bullets[0], notInThePast);
        System.out.println("What the verifier took out of the template generator's documents (times): "
                + removedFromTheTemplates);
        all.distinct.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(20)
                .forEach(e -> System.out.println("FINDING " + e.getValue() + " × " + e.getKey()));
        double coverage = Math.min(all.mean(all.afterDocx), all.afterPdf());
        if (coverage < COVERAGE_GOAL) {
            System.out.printf(Locale.ROOT, "GAP: coverage %.3f below goal %.2f%n", coverage, COVERAGE_GOAL);
        }
        System.out.printf(Locale.ROOT, "Generation evaluation: %d files read (and %d drafts) in %.1f s, of which"
                + " DOCX export and reading %.1f s, PDF %.1f s%n", all.files, all.pairs,
                (System.nanoTime() - started) / 1e9, docxNanos / 1e9, pdfNanos / 1e9);
        assertEquals(0, all.unsupported(), () -> "unsupported claims: " + all.examples);
        assertEquals(List.of(), repeated, "a sentence repeated in a document");
        assertEquals(List.of(), offPage, "letters past one page, or short without telling the user so");
        assertEquals(List.of(), prose.errors.stream().map(Object::toString).distinct().toList(),
                "LanguageTool's grammar and typo errors");
        assertEquals(0, all.findings.getOrDefault(Kind.NEVER_CLAIM, 0), () -> "never-claim items: " + all.examples);
        assertTrue(coverage >= COVERAGE_FLOOR, () -> "coverage " + coverage);
    }

    /**
     * The goal of the issue: ≥ 95 % of the critical keywords the user can back. Measured 1.000 before and after
     * the verifier, in DOCX and in the PDF sample (2026-11-30): the goal is the floor.
     */
    static final double COVERAGE_GOAL = 0.95;
    static final double COVERAGE_FLOOR = COVERAGE_GOAL;
}
