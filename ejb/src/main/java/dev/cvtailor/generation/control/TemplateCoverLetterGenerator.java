package dev.cvtailor.generation.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * A cover letter from the user's artifacts alone: addressed to the posting's employer and role, an opening that
 * names the critical skills the user can back, a paragraph for each of the two best-matched artifacts quoting
 * their own words and their validated evidence, what the posting says of the employer, and a closing.
 */
@ApplicationScoped
public class TemplateCoverLetterGenerator {

    static final int ARTIFACT_PARAGRAPHS = 2;
    /** Verbs a sentence of an artifact may open with that read on after "I" or a comma in lower case. */
    private static final Set<String> VERBS = Set.of("built", "led", "ran", "wrote", "cut", "made", "grew", "won",
            "taught", "set", "drove", "designed", "developed", "delivered", "created", "migrated", "automated",
            "reduced", "improved", "launched", "managed", "implemented", "introduced", "owned", "shipped", "scaled");

    public CoverLetterContent generate(GenerationInput input, LocalDate today) {
        String role = input.posting().title() == null ? "advertised" : input.posting().title();
        String company = input.posting().company();
        List<String> critical = input.keywords().stream().filter(k -> k.critical() && k.backed())
                .map(BackedKeyword::name).distinct().limit(4).toList();
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(new Paragraph(opening(input, role, company, critical), List.of()));
        input.sources().stream()
                .filter(source -> source.kind() == ArtifactKind.POSITION || source.kind() == ArtifactKind.PROJECT
                        || source.kind() == ArtifactKind.PUBLICATION || source.kind() == ArtifactKind.AWARD)
                .filter(source -> !TemplateCvGenerator.bullets(source, input, 1).isEmpty())
                .limit(ARTIFACT_PARAGRAPHS)
                .forEach(source -> paragraphs.add(new Paragraph(story(source, input), List.of(source.id()))));
        if (!input.posting().domains().isEmpty() || !input.posting().values().isEmpty()) {
            paragraphs.add(new Paragraph(employer(input, company), List.of()));
        }
        paragraphs.add(new Paragraph("I would welcome the chance to discuss how my work fits the " + role
                + " role" + (company == null ? "" : " at " + company) + ". Thank you for your time.", List.of()));
        return new CoverLetterContent(TemplateCvGenerator.header(input.candidate()), new Recipient(company,
                input.posting().title()), paragraphs, "Kind regards,\n" + input.candidate().name());
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
     * The artifact's best sentence that tells what was done (it opens with a verb), in its own words and placed in
     * its context, with its validated evidence. When none of its best sentences opens with a verb, the context is a
     * sentence of its own, and the artifact's sentence follows it unchanged.
     */
    private static String story(SourceArtifact source, GenerationInput input) {
        List<Bullet> best = TemplateCvGenerator.bullets(source, input, 3);
        String sentence = best.stream().map(Bullet::text).filter(TemplateCoverLetterGenerator::opensWithVerb)
                .findFirst().orElse(null);
        String role = source.role() != null && !source.role().isBlank() ? source.role() : source.title();
        String text;
        if (sentence != null) {
            String context = source.kind() == ArtifactKind.POSITION
                    ? "As " + article(role) + (source.organisation() == null ? "" : " at " + source.organisation())
                    : "In " + source.title() + (source.organisation() == null ? "" : " (" + source.organisation() + ")");
            text = context + ", I " + Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
        } else {
            String context = source.kind() == ArtifactKind.POSITION
                    ? "I " + (source.endedOn() == null ? "work" : "worked") + " as " + article(role)
                            + (source.organisation() == null ? "" : " at " + source.organisation()) + "."
                    : "One piece of my work is " + source.title()
                            + (source.organisation() == null ? "" : " (" + source.organisation() + ")") + ".";
            text = context + " " + best.get(0).text();
        }
        if (!source.validLinks().isEmpty()) {
            text += " Evidence: " + source.validLinks().stream().map(SourceArtifact.EvidenceLink::url).limit(2)
                    .collect(Collectors.joining(", ")) + ".";
        }
        return text;
    }

    private static boolean opensWithVerb(String sentence) {
        String firstWord = sentence.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        return VERBS.contains(firstWord) || firstWord.length() > 4 && firstWord.endsWith("ed");
    }

    private static String article(String role) {
        String lower = role.toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(lower.isEmpty() ? 'x' : lower.charAt(0)) >= 0 ? "an " : "a ") + role;
    }

    private static String employer(GenerationInput input, String company) {
        String who = company == null ? "your team" : company;
        List<String> parts = new ArrayList<>();
        if (!input.posting().domains().isEmpty()) {
            parts.add("its work in " + Words.list(input.posting().domains().stream().limit(2).toList()));
        }
        if (!input.posting().values().isEmpty()) {
            parts.add("the value it places on " + Words.list(input.posting().values().stream().limit(3).toList()));
        }
        return "What draws me to " + who + " is " + String.join(" and ", parts) + ".";
    }
}
