package dev.cvtailor.artifacts.ui;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import dev.cvtailor.artifacts.boundary.ArtifactIntake;
import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.artifacts.entity.ResumeImport;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.ui.ProblemNotice;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/** Imports a JSON Resume (jsonresume.org): each work, project, education and certificate becomes an artifact. */
class ResumeImportDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BYTES = 2 * 1024 * 1024;

    ResumeImportDialog(ArtifactService artifacts, ArtifactIntake intake, long ownerId, Runnable onImported) {
        setHeaderTitle(getTranslation("resume.title"));
        setWidth("min(36rem, 100vw)");
        UI ui = UI.getCurrent();
        Paragraph outcome = new Paragraph();
        outcome.setId("resume-outcome");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
                JsonObject resume = reader.readObject();
                ResumeImport read = artifacts.readJsonResume(resume);
                intake.createAll(ownerId, read.drafts());
                ui.access(() -> {
                    outcome.setText(getTranslation("resume.done", read.drafts().size())
                            + (read.skillsNoEntryShows().isEmpty() ? ""
                            : " " + getTranslation("resume.unbacked", String.join(", ", read.skillsNoEntryShows()))));
                    onImported.run();
                });
            } catch (JsonException | IllegalStateException notJson) {
                ui.access(() -> ProblemNotice.notify(getTranslation("resume.notJson"), null));
            } catch (ApplicationProblem problem) {
                ui.access(() -> ProblemNotice.show(problem));
            }
        }));
        upload.setId("resume-upload");
        upload.setAcceptedFileTypes(".json", "application/json");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(rejected -> ProblemNotice.notify(getTranslation("upload.rejected"),
                rejected.getErrorMessage()));
        add(new Paragraph(getTranslation("resume.help")), upload, outcome);
        Button done = new Button(getTranslation("common.close"), click -> close());
        done.setId("close-resume");
        getFooter().add(done);
    }
}
