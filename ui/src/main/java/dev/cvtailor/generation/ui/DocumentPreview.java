package dev.cvtailor.generation.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;

import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.evidence.boundary.EvidenceService;
import dev.cvtailor.evidence.entity.EvidenceView;
import dev.cvtailor.generation.entity.CoverLetterContent;
import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.CvSection;
import dev.cvtailor.generation.entity.GeneratedDocument;

/**
 * A finished document as a page: every bullet (and every paragraph of a letter) links to the artifact behind it
 * and to that artifact's evidence, so the user sees where each claim comes from before exporting.
 */
public class DocumentPreview extends Div {

    private static final long serialVersionUID = 1L;

    private final Map<Long, String> artifactTitles;
    private final Map<Long, EvidenceView> links;

    /** The preview of one of the owner's documents, naming the owner's artifacts and their evidence. */
    public static DocumentPreview of(GeneratedDocument document, long ownerId, ArtifactService artifacts,
            EvidenceService evidence) {
        Map<Long, String> titles = artifacts.all(ownerId).stream()
                .collect(Collectors.toMap(Artifact::getId, Artifact::getTitle));
        List<EvidenceView> links = evidence.linksOf(ownerId, titles.keySet()).values().stream()
                .flatMap(List::stream).toList();
        return new DocumentPreview(document, titles, links);
    }

    private DocumentPreview(GeneratedDocument document, Map<Long, String> artifactTitles, List<EvidenceView> evidence) {
        this.artifactTitles = artifactTitles;
        this.links = evidence.stream().collect(Collectors.toMap(EvidenceView::id, l -> l, (a, b) -> a));
        setId("document-preview");
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.BASE);
        setMaxWidth("52rem");
        if (document.content() instanceof CvContent cv) {
            cv(cv);
        } else if (document.content() instanceof CoverLetterContent letter) {
            letter(letter);
        }
    }

    private void cv(CvContent cv) {
        add(new H3(cv.header().name()));
        add(new Paragraph(String.join(" · ", java.util.stream.Stream.of(cv.header().email(), cv.header().phone(),
                cv.header().location()).filter(s -> s != null && !s.isBlank()).toList())));
        if (cv.summary() != null && !cv.summary().isBlank()) {
            section("preview.summary");
            add(new Paragraph(cv.summary()));
        }
        if (!cv.skills().isEmpty()) {
            section("preview.skills");
            Paragraph skills = new Paragraph(cv.skills().stream().map(CvContent.Skill::name)
                    .collect(Collectors.joining(", ")));
            skills.setId("preview-skills");
            add(skills);
        }
        for (CvSection section : CvSection.values()) {
            entries(section, section.entriesOf(cv));
        }
    }

    private void entries(CvSection of, List<CvContent.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        section("preview." + of.anchor);
        for (CvContent.Entry entry : entries) {
            String span = of.dates(entry.startedOn(), entry.endedOn());
            String dates = span.isEmpty() ? "" : " (" + span + ")";
            Div title = new Div(new Span(entry.title()
                    + (entry.organisation() == null || entry.organisation().isBlank() ? "" : ", " + entry.organisation())
                    + dates));
            title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            add(title);
            UnorderedList bullets = new UnorderedList();
            for (CvContent.Bullet bullet : entry.bullets()) {
                ListItem item = new ListItem(new Span(bullet.text()));
                item.addClassName("preview-bullet");
                item.add(source(bullet.artifactId(), bullet.evidenceLinkIds()));
                bullets.add(item);
            }
            add(bullets);
        }
    }

    private void letter(CoverLetterContent letter) {
        add(new H3(letter.header().name()));
        if (letter.recipient() != null) {
            add(new Paragraph(String.join(", ", java.util.stream.Stream.of(letter.recipient().role(),
                    letter.recipient().company()).filter(s -> s != null && !s.isBlank()).toList())));
        }
        for (CoverLetterContent.Paragraph paragraph : letter.paragraphs()) {
            Paragraph text = new Paragraph(paragraph.text());
            text.addClassName("preview-paragraph");
            paragraph.artifactIds().forEach(id -> text.add(source(id, List.of())));
            add(text);
        }
        if (letter.closing() != null) {
            add(new Paragraph(letter.closing()));
        }
    }

    /** Where a claim comes from: its artifact (opens it) and each evidence link the bullet names. */
    private Component source(long artifactId, List<Long> evidenceLinkIds) {
        Span source = new Span();
        source.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY,
                LumoUtility.Margin.Left.SMALL);
        Anchor artifact = new Anchor("./?artifact=" + artifactId, "↳ " + artifactTitles.getOrDefault(artifactId,
                getTranslation("preview.artifact")));
        artifact.getElement().setAttribute("data-artifact-id", String.valueOf(artifactId));
        source.add(artifact);
        for (Long linkId : evidenceLinkIds) {
            EvidenceView link = links.get(linkId);
            if (link != null) {
                Anchor proof = new Anchor(link.url(), getTranslation("preview.evidence"), AnchorTarget.BLANK);
                proof.getElement().setAttribute("rel", "noopener noreferrer");
                proof.addClassNames(LumoUtility.Margin.Left.SMALL);
                source.add(proof);
            }
        }
        return source;
    }

    private void section(String key) {
        H4 heading = new H4(getTranslation(key));
        heading.addClassNames(LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.XSMALL);
        add(heading);
    }
}
