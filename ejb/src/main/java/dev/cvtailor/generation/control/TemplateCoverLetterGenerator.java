package dev.cvtailor.generation.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.cvtailor.artifacts.entity.ArtifactKind;
import dev.cvtailor.generation.entity.CoverLetterContent;
import dev.cvtailor.generation.entity.CoverLetterContent.Paragraph;
import dev.cvtailor.generation.entity.CoverLetterContent.Recipient;
import dev.cvtailor.generation.entity.CvContent.Bullet;
import dev.cvtailor.generation.entity.GenerationInput;
import dev.cvtailor.generation.entity.GenerationInput.BackedKeyword;
import dev.cvtailor.generation.entity.SourceArtifact;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A cover letter from the user's artifacts alone, in the shape readers expect: addressed to the person the posting
 * names, else the employer's hiring team; an opening that names the role, the employer and the critical skills the
 * user can back; a paragraph for each of the two best-matched artifacts that tells, in sentences of the artifact's
 * own words, what was done and what came of it, with its validated evidence; up to three more artifacts in brief;
 * where the user's work shows the skills the posting asks for; the user's qualifications; why this employer, from
 * what the posting says of it; and a closing. A letter that would run past one page (400 words) gives up detail.
 */
@ApplicationScoped
public class TemplateCoverLetterGenerator {

    static final int ARTIFACT_PARAGRAPHS = 2;
    /** How many keywords, and under how many artifacts, the letter says where the user's work shows them. */
    private static final int SHOWN_KEYWORDS = 8;
    private static final int SHOWN_ARTIFACTS = 4;
    /** Verbs in the past tense a sentence of an artifact may open with, besides any word ending in "-ed". */
    private static final Set<String> PAST = Set.of("built", "led", "ran", "wrote", "cut", "made", "grew", "won",
            "taught", "set", "drove", "brought", "began", "took", "gave", "kept", "sent", "sold", "held", "met",
            "oversaw", "undertook", "rebuilt", "rewrote", "spoke", "chose", "found", "sped", "spun", "struck", "shot");
    /** Verbs in the present tense, which tell of work that goes on ("Maintain a small Java HTTP client ..."). */
    private static final Set<String> PRESENT = Set.of("maintain", "run", "lead", "manage", "teach", "support",
            "build", "own", "develop", "design", "deliver", "write", "coordinate", "organise", "organize", "mentor");
    /** Past participles that say what was done to the user ("Awarded 'Teacher of the Month'"): "I was awarded". */
    private static final Set<String> RECEIVED = Set.of("awarded", "recognised", "recognized", "named", "selected",
            "chosen", "promoted", "nominated", "elected", "invited", "honoured", "honored", "shortlisted", "featured",
            "granted", "admitted", "appointed", "hired", "funded", "given", "offered");

    public CoverLetterContent generate(GenerationInput input, LocalDate today) {
        String role = input.posting().title() == null ? "advertised" : input.posting().title();
        String company = input.posting().company();
        List<String> critical = input.keywords().stream().filter(k -> k.critical() && k.backed())
                .map(BackedKeyword::name).distinct().limit(4).toList();
        Map<SourceArtifact, List<String>> work = new LinkedHashMap<>();
        input.sources().stream()
                .filter(source -> source.kind() == ArtifactKind.POSITION || source.kind() == ArtifactKind.PROJECT
                        || source.kind() == ArtifactKind.PUBLICATION || source.kind() == ArtifactKind.AWARD)
                .forEach(source -> {
                    List<String> best = best(source, input);
                    if (!best.isEmpty()) {
                        work.put(source, best);
                    }
                });
        Paragraph opening = new Paragraph(opening(input, role, company, critical) + experience(input, today),
                List.of());
        Optional<Paragraph> shown = whereShown(input);
        Optional<Paragraph> held = qualifications(input);
        Paragraph why = new Paragraph(employer(input, role, company, critical), List.of());
        Paragraph close = new Paragraph("I would welcome the chance to discuss how my work fits the " + role
                + " role" + (company == null ? "" : " at " + company) + ". Thank you for your time and"
                + " consideration.", List.of());
        CoverLetterContent letter = null;
        for (Budget budget : Budget.LADDER) {
            List<Paragraph> paragraphs = new ArrayList<>(List.of(opening));
            work.entrySet().stream().limit(ARTIFACT_PARAGRAPHS).forEach(told -> paragraphs.add(new Paragraph(
                    story(told.getKey(), told.getValue(), budget.storySentences()), List.of(told.getKey().id()))));
            Map<Long, String> further = new LinkedHashMap<>();
            work.entrySet().stream().skip(ARTIFACT_PARAGRAPHS).limit(budget.furtherArtifacts()).forEach(told ->
                    briefly(told.getKey(), told.getValue(), budget.furtherSentences())
                            .ifPresent(text -> further.put(told.getKey().id(), text)));
            if (!further.isEmpty()) {
                paragraphs.add(new Paragraph(String.join(" ", further.values()), List.copyOf(further.keySet())));
            }
            if (budget.whereShown()) {
                shown.ifPresent(paragraphs::add);
            }
            held.ifPresent(paragraphs::add);
            paragraphs.add(why);
            paragraphs.add(close);
            letter = new CoverLetterContent(TemplateCvGenerator.header(input.candidate()), new Recipient(company,
                    input.posting().title(), input.posting().contact()), paragraphs,
                    "Kind regards,\n" + input.candidate().name());
            if (LetterLength.words(letter) <= LetterLength.MOST_WORDS) {
                return letter;
            }
        }
        return letter;
    }

    private static String opening(GenerationInput input, String role, String company, List<String> critical) {
        String at = company == null ? "" : " at " + company;
        String skills = Words.list(critical);
        return switch (input.tone()) {
            case ENTHUSIASTIC -> "I was delighted to read about the " + role + " role" + at + "."
                    + (skills.isEmpty() ? "" : " It asks for " + skills + ", and that is the work I love doing.")
                    + " Every example below comes with its evidence.";
            case CONCISE -> "I am applying for the " + role + " role" + at + "."
                    + (skills.isEmpty() ? "" : " You ask for " + skills + "; I can show work in each.");
            case PROFESSIONAL -> "I am writing to apply for the " + role + " role" + at + "."
                    + (skills.isEmpty() ? "" : " My work with " + skills + " matches what the role asks for,")
                    + (skills.isEmpty() ? " The examples below" : " and the examples below")
                    + " come with their evidence.";
        };
    }

    /**
     * What the artifact tells of the user's work, in sentences: its best sentence that tells what was done and
     * what came of it (opening with a verb and stating a number; else opening with a verb), placed in its context
     * ("As a Senior Engineer at Acme, I built ..."), then more of its best sentences that tell, up to the most ("I also
     * ..."), and its validated evidence. When none of its best sentences opens with a verb, the context is a
     * sentence of its own, and the artifact's sentences follow it unchanged.
     */
    private static String story(SourceArtifact source, List<String> best, int most) {
        boolean ongoing = source.endedOn() == null;
        String lead = lead(best, ongoing);
        String role = source.role() != null && !source.role().isBlank() ? source.role() : source.title();
        List<String> sentences = new ArrayList<>();
        if (lead != null) {
            sentences.add(context(source) + ", " + told(lead, false));
        } else {
            sentences.add(source.kind() == ArtifactKind.POSITION
                    ? "I " + (source.endedOn() == null ? "work" : "worked") + " as " + article(role)
                            + (source.organisation() == null ? "" : " at " + source.organisation()) + "."
                    : "One piece of my work is " + source.title()
                            + (source.organisation() == null ? "" : " (" + source.organisation() + ")") + ".");
        }
        boolean also = false;
        for (String sentence : best) {
            if (sentence.equals(lead) || sentences.size() >= most) {
                continue;
            }
            if (opensWithVerb(sentence, ongoing)) {
                sentences.add(told(sentence, !also));
                also = true;
            } else if (lead == null) {
                sentences.add(sentence); // nothing told in the first person: the artifact's words as they stand
            }
        }
        if (!source.validLinks().isEmpty()) {
            sentences.add("Evidence: " + source.validLinks().stream().map(SourceArtifact.EvidenceLink::url).limit(2)
                    .collect(Collectors.joining(", ")) + ".");
        }
        return String.join(" ", sentences);
    }

    /**
     * A further artifact in brief: its lead sentence in its context, and (when two sentences are allowed) its next
     * best sentence that tells; nothing when no sentence of it tells what was done.
     */
    private static Optional<String> briefly(SourceArtifact source, List<String> best, int most) {
        boolean ongoing = source.endedOn() == null;
        String lead = lead(best, ongoing);
        if (lead == null) {
            return Optional.empty();
        }
        String text = context(source) + ", " + told(lead, false);
        return Optional.of(best.stream().filter(sentence -> most > 1 && !sentence.equals(lead)
                && opensWithVerb(sentence, ongoing)).findFirst().map(next -> text + " " + told(next, true))
                .orElse(text));
    }

    /** " I bring 9 years of experience, most recently as a Senior Engineer at Acme.", from the positions. */
    private static String experience(GenerationInput input, LocalDate today) {
        int years = Experience.years(input.sources(), today);
        SourceArtifact latest = input.sources().stream().filter(source -> source.kind() == ArtifactKind.POSITION
                && source.startedOn() != null && source.role() != null && !source.role().isBlank())
                .max(Comparator.comparing(SourceArtifact::startedOn)).orElse(null);
        if (years < 1 || latest == null) {
            return "";
        }
        return " I bring " + years + (years == 1 ? " year" : " years") + " of experience, most recently as "
                + article(latest.role()) + (latest.organisation() == null ? "" : " at " + latest.organisation())
                + ".";
    }

    /**
     * The artifact's best sentence that tells what was done and what came of it: among its best five, the first
     * that opens with a verb and states a number, else the first that opens with a verb; null when none does.
     */
    private static String lead(List<String> best, boolean ongoing) {
        return best.stream().filter(sentence -> opensWithVerb(sentence, ongoing))
                .filter(sentence -> !Sentences.numbers(sentence).isEmpty()).findFirst()
                .orElse(best.stream().filter(sentence -> opensWithVerb(sentence, ongoing)).findFirst().orElse(null));
    }

    /** The artifact's five best sentences, as the CV's bullets are chosen. */
    private static List<String> best(SourceArtifact source, GenerationInput input) {
        return TemplateCvGenerator.bullets(source, input, 5).stream().map(Bullet::text).toList();
    }

    /** Where the work was done: "As a Senior Engineer at Acme", "In Fraud scoring (Acme)". */
    private static String context(SourceArtifact source) {
        String role = source.role() != null && !source.role().isBlank() ? source.role() : source.title();
        return source.kind() == ArtifactKind.POSITION
                ? "As " + article(role) + (source.organisation() == null ? "" : " at " + source.organisation())
                : "In " + source.title() + (source.organisation() == null ? "" : " (" + source.organisation() + ")");
    }

    /**
     * Where the user's work shows the skills the posting asks for, critical ones first, each under the best-ranked
     * artifact that backs it and does not already name it in its title: "In my role at Acme Bank, I work with Java,
     * Spring Boot and PostgreSQL." The paragraph cites those artifacts; nothing when no backed keyword is left.
     */
    private static Optional<Paragraph> whereShown(GenerationInput input) {
        Map<SourceArtifact, List<String>> shown = new LinkedHashMap<>();
        Set<String> named = new HashSet<>();
        List<BackedKeyword> asked = input.keywords().stream().filter(BackedKeyword::backed)
                .sorted(Comparator.comparing(keyword -> !keyword.critical()))
                .filter(keyword -> named.add((keyword.skill() == null ? keyword.name() : keyword.skill())
                        .toLowerCase(Locale.ROOT)))
                .limit(SHOWN_KEYWORDS).toList();
        for (BackedKeyword keyword : asked) {
            input.sources().stream()
                    .filter(source -> keyword.artifactIds().contains(source.id())
                            && !Sentences.says(source.title(), keyword.name()))
                    .filter(source -> shown.containsKey(source) || shown.size() < SHOWN_ARTIFACTS)
                    .findFirst()
                    .ifPresent(source -> shown.computeIfAbsent(source, s -> new ArrayList<>()).add(keyword.name()));
        }
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        List<SourceArtifact> order = input.sources().stream().filter(shown::containsKey).toList();
        String text = "Here is where my work shows what the posting asks for. " + order.stream()
                .map(source -> shownIn(source, Words.list(shown.get(source)))).collect(Collectors.joining(" "));
        return Optional.of(new Paragraph(text, order.stream().map(SourceArtifact::id).toList()));
    }

    /** A sentence saying that the artifact shows the skills: in the present for work that goes on. */
    private static String shownIn(SourceArtifact source, String skills) {
        boolean ongoing = source.endedOn() == null;
        String title = source.title().strip();
        return switch (source.kind()) {
            case POSITION -> (source.organisation() == null || source.organisation().isBlank()
                    ? "As " + article(source.role() != null && !source.role().isBlank() ? source.role() : title)
                    : "In my role at " + source.organisation().strip())
                    + ", I " + (ongoing ? "work" : "worked") + " with " + skills + ".";
            case PROJECT -> "My " + title + (title.toLowerCase(Locale.ROOT).endsWith("project") ? "" : " project")
                    + (ongoing ? " uses " : " used ") + skills + ".";
            case CERTIFICATION -> "My " + title
                    + (title.toLowerCase(Locale.ROOT).contains("certif") ? "" : " certification") + " covers "
                    + skills + ".";
            case EDUCATION -> "My studies for the " + title + " covered " + skills + ".";
            default -> "My work on " + title + " shows " + skills + ".";
        };
    }

    /** The user's degrees and certifications, by name and awarding body, as one sentence citing them. */
    private static Optional<Paragraph> qualifications(GenerationInput input) {
        List<SourceArtifact> held = input.sources().stream().filter(source -> source.kind() == ArtifactKind.EDUCATION
                || source.kind() == ArtifactKind.CERTIFICATION).limit(3).toList();
        if (held.isEmpty()) {
            return Optional.empty();
        }
        List<String> named = held.stream().map(source -> source.title().strip()
                + (source.organisation() == null || source.organisation().isBlank()
                        || Sentences.says(source.title(), source.organisation().strip()) ? ""
                        : " (" + source.organisation().strip() + ")")).toList();
        return Optional.of(new Paragraph("My qualifications include " + Words.list(named) + ".",
                held.stream().map(SourceArtifact::id).toList()));
    }

    private static String lowerFirst(String sentence) {
        return sentence.length() > 1 && Character.isUpperCase(sentence.charAt(1)) ? sentence
                : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** Whether the sentence opens with a verb that reads on after "I": in the past, or the present for work ongoing. */
    private static boolean opensWithVerb(String sentence, boolean ongoing) {
        String firstWord = firstWord(sentence);
        return PAST.contains(firstWord) || RECEIVED.contains(firstWord) || firstWord.length() > 4
                && firstWord.endsWith("ed") || ongoing && PRESENT.contains(firstWord);
    }

    /** The artifact's sentence told in the first person: "I built ...", "I also built ...", "I was awarded ...". */
    private static String told(String sentence, boolean also) {
        boolean received = RECEIVED.contains(firstWord(sentence));
        return "I " + (received ? "was " : "") + (also ? "also " : "") + lowerFirst(sentence);
    }

    /** The sentence's first word, past an adverb ("Successfully won ..." opens with "won"). */
    private static String firstWord(String sentence) {
        String[] words = sentence.split(" ", 3);
        String first = words[0].toLowerCase(Locale.ROOT);
        return first.endsWith("ly") && words.length > 1 ? words[1].toLowerCase(Locale.ROOT) : first;
    }

    private static String article(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(lower.isEmpty() ? 'x' : lower.charAt(0)) >= 0 ? "an " : "a ") + role;
    }

    /**
     * Why this employer, always: what the posting says of its domains and values, else the critical skills the
     * role centres on, else the role itself.
     */
    private static String employer(GenerationInput input, String role, String company, List<String> critical) {
        String who = company == null ? "your team" : company;
        List<String> parts = new ArrayList<>();
        if (!input.posting().domains().isEmpty()) {
            parts.add((company == null ? "your" : "its") + " work in "
                    + Words.list(input.posting().domains().stream().limit(2).toList()));
        }
        if (!input.posting().values().isEmpty()) {
            parts.add("the value " + (company == null ? "you place" : "it places") + " on "
                    + Words.list(input.posting().values().stream().limit(3).toList()));
        }
        if (!parts.isEmpty()) {
            return "What draws me to " + who + " is " + String.join(" and ", parts) + ". I would bring that same"
                    + " care to the " + role + " role" + (critical.isEmpty() ? "." : ", which centres on "
                            + Words.list(critical) + ".");
        }
        if (!critical.isEmpty()) {
            return "What draws me to " + who + " is that the " + role + " role centres on " + Words.list(critical)
                    + ", the work my examples show.";
        }
        return "What draws me to " + who + " is the chance to take this work further in the " + role + " role.";
    }

    /**
     * How much of the user's material a letter tells: sentences per full story, further artifacts and sentences
     * each, and whether it says where the work shows the posting's skills. The ladder gives up detail, least
     * telling first, until the letter fits one page.
     */
    private record Budget(int storySentences, int furtherArtifacts, int furtherSentences, boolean whereShown) {

        static final List<Budget> LADDER = List.of(new Budget(5, 3, 2, true), new Budget(5, 3, 1, true),
                new Budget(5, 0, 0, true), new Budget(3, 0, 0, true), new Budget(3, 0, 0, false),
                new Budget(1, 0, 0, false));
    }
}
