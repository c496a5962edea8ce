package dev.cvtailor.imports.ui;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import dev.cvtailor.artifacts.entity.ArtifactDraft;
import dev.cvtailor.generation.entity.EntryDates;
import dev.cvtailor.imports.boundary.ImportService;
import dev.cvtailor.imports.entity.Acceptance;
import dev.cvtailor.imports.entity.Candidate;
import dev.cvtailor.imports.entity.ImportDraft;
import dev.cvtailor.imports.entity.ImportStatus;
import dev.cvtailor.imports.entity.Proposal;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.ui.BackgroundWork;
import dev.cvtailor.ui.CandidateDetails;
import dev.cvtailor.ui.MainLayout;
import dev.cvtailor.ui.ProblemNotice;
import dev.cvtailor.ui.SignedInUser;
import dev.cvtailor.ui.ViewFrame;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * Getting started from what the user already has: a CV (PDF or Word) or LinkedIn's data export is read into
 * proposed artifacts, which the user keeps or drops and corrects before confirming. Nothing is saved before that.
 */
@Route(value = "import", layout = MainLayout.class)
public class ImportView extends ViewFrame {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BYTES = 10 * 1024 * 1024;

    private final ImportService imports;
    private final BackgroundWork background;
    private final long ownerId = SignedInUser.require().id();
    private final VerticalLayout preview = new VerticalLayout();
    private final List<Row> rows = new ArrayList<>();
    private long importId;
    private Checkbox offerContact;
    private Candidate offered;

    /** One proposal as the user sees and corrects it. */
    private record Row(Proposal proposal, Checkbox keep, TextField title, TextField organisation, TextArea description) {

        Acceptance acceptance() {
            ArtifactDraft a = proposal.artifact();
            String role = a.role() != null && a.role().equals(a.title()) ? title.getValue() : a.role();
            return new Acceptance(proposal.index(), new ArtifactDraft(a.kind(), title.getValue(), a.summary(),
                    description.getValue().isBlank() ? null : description.getValue(),
                    organisation.getValue().isBlank() ? null : organisation.getValue(), role, a.startedOn(),
                    a.endedOn(), a.stack(), a.collaborators(), a.skills(), a.evidenceLinks(), a.labelIds(), a.location()));
        }
    }

    @Inject
    public ImportView(ImportService imports, BackgroundWork background) {
        super("import.title");
        this.imports = imports;
        this.background = background;
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            String name = metadata.fileName() == null ? "" : metadata.fileName();
            try {
                ImportDraft started = name.toLowerCase(Locale.ROOT).endsWith(".zip")
                        ? imports.startLinkedIn(ownerId, new ByteArrayInputStream(bytes), name)
                        : imports.startCv(ownerId, new ByteArrayInputStream(bytes), name);
                ui.access(() -> awaitRead(started.getId()));
            } catch (ApplicationProblem problem) {
                ui.access(() -> ProblemNotice.show(problem));
            }
        }));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".pdf", ".docx", ".zip", "application/pdf", "application/zip",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(rejected -> ProblemNotice.notify(getTranslation("upload.rejected"),
                rejected.getErrorMessage()));
        preview.setPadding(false);
        preview.setId("import-preview");
        add(new Paragraph(getTranslation("import.help")), upload, preview);
    }

    /** Waits for the import to be read (it is read on a queue, in a moment), then shows its proposals. */
    private void awaitRead(long id) {
        importId = id;
        preview.removeAll();
        preview.add(new Paragraph(getTranslation("import.reading")));
        Span dummy = new Span();
        preview.add(dummy);
        background.run(dummy, () -> {
            ImportDraft draft = imports.find(ownerId, id);
            for (int i = 0; i < 100 && draft.getStatus() == ImportStatus.PROCESSING; i++) {
                sleep(Duration.ofMillis(200));
                draft = imports.find(ownerId, id);
            }
            return draft;
        }, this::show);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void show(ImportDraft draft) {
        preview.removeAll();
        rows.clear();
        if (draft.getStatus() != ImportStatus.READY) {
            Paragraph failed = new Paragraph(draft.getFailureReason() != null ? draft.getFailureReason()
                    : getTranslation("import.notReady", draft.getStatus().name()));
            failed.setId("import-failed");
            preview.add(failed);
            return;
        }
        var read = draft.proposals();
        preview.add(new Paragraph(getTranslation("import.found", read.proposals().size())));
        for (Proposal proposal : read.proposals()) {
            ArtifactDraft a = proposal.artifact();
            Checkbox keep = new Checkbox(true);
            keep.setAriaLabel(getTranslation("import.keep"));
            TextField title = new TextField(getTranslation("artifact.titleField"), a.title(), "");
            title.setId("proposal-title-" + proposal.index());
            TextField organisation = new TextField(getTranslation("artifact.organisation"),
                    a.organisation() == null ? "" : a.organisation(), "");
            TextArea description = new TextArea(getTranslation("artifact.description"),
                    a.description() == null ? "" : a.description(), "");
            description.setWidthFull();
            Span kind = new Span(getTranslation("kind." + a.kind().name()) + " · "
                    + EntryDates.span(a.startedOn(), a.endedOn())
                    + (proposal.duplicateOf() != null ? " · " + getTranslation("import.updates") : ""));
            HorizontalLayout fields = new HorizontalLayout(keep, title, organisation, kind);
            fields.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            fields.setWrap(true);
            VerticalLayout row = new VerticalLayout(fields, description);
            row.setId("proposal-" + proposal.index());
            row.setPadding(false);
            preview.add(row);
            rows.add(new Row(proposal, keep, title, organisation, description));
        }
        read.notImported().forEach(note -> preview.add(new Paragraph(note)));
        Candidate candidate = read.candidate();
        offerContact = null;
        if (candidate.name() != null || candidate.email() != null) {
            offerContact = new Checkbox(getTranslation("import.useContact", java.util.stream.Stream.of(candidate.name(),
                    candidate.email(), candidate.phone(), candidate.location()).filter(java.util.Objects::nonNull)
                    .collect(java.util.stream.Collectors.joining(", "))), true);
            offerContact.setId("import-use-contact");
            preview.add(offerContact);
            offered = candidate;
        }
        Button confirm = new Button(getTranslation("import.confirm"), click -> confirm());
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.add(confirm);
    }

    private static String or(String value) {
        return value == null ? "" : value;
    }

    private void confirm() {
        List<Acceptance> kept = rows.stream().filter(r -> r.keep().getValue()).map(Row::acceptance).toList();
        if (kept.isEmpty()) {
            ProblemNotice.notify(getTranslation("import.noneKept"), null);
            return;
        }
        try {
            List<Long> ids = imports.confirm(ownerId, importId, kept);
            if (offerContact != null && offerContact.getValue()) {
                JsonObjectBuilder details = Json.createObjectBuilder();
                details.add("name", or(offered.name())).add("email", or(offered.email()))
                        .add("phone", or(offered.phone())).add("location", or(offered.location()))
                        .add("links", String.join(", ", offered.links()));
                CandidateDetails.keep(getElement(), details.build().toString());
            }
            preview.removeAll();
            Paragraph done = new Paragraph(getTranslation("import.done", ids.size()));
            done.setId("import-done");
            preview.add(done);
            Notification.show(getTranslation("import.done", ids.size()));
        } catch (ApplicationProblem problem) {
            ProblemNotice.show(problem);
        }
    }
}
