package dev.cvtailor.artifacts.ui;

import java.io.ByteArrayInputStream;

import org.eclipse.microprofile.config.ConfigProvider;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.streams.UploadHandler;

import dev.cvtailor.artifacts.boundary.ArtifactIntake;
import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.artifacts.entity.ArtifactDraft;
import dev.cvtailor.artifacts.entity.SourceText;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.ui.ProblemNotice;

/**
 * Makes artifacts from files dropped or chosen: the browser checks type and size before sending (with a progress
 * bar while it does), the server checks the content again (magic bytes, limits) before anything is saved.
 */
class UploadDialog extends Dialog {

    private static final long serialVersionUID = 1L;
    static final String[] ACCEPTED = {".pdf", ".docx", ".md", ".markdown", ".txt", "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/markdown", "text/plain"};

    UploadDialog(ArtifactService artifacts, ArtifactIntake intake, long ownerId, Runnable onAdded) {
        setHeaderTitle(getTranslation("upload.title"));
        setWidth("min(36rem, 100vw)");
        long maxBytes = ConfigProvider.getConfig().getOptionalValue("cvtailor.upload.max-bytes", Long.class)
                .orElse(10L * 1024 * 1024);
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                SourceText source = artifacts.readUpload(ownerId, new ByteArrayInputStream(bytes), metadata.fileName());
                intake.create(ownerId, ArtifactDraft.forUpload(null, source), source);
                ui.access(() -> {
                    ProblemNotice.success(getTranslation("upload.done", metadata.fileName()));
                    onAdded.run();
                });
            } catch (ApplicationProblem problem) {
                ui.access(() -> ProblemNotice.notify(getTranslation("upload.refused", metadata.fileName()),
                        problem.getMessage()));
            }
        }));
        upload.setId("artifact-upload");
        upload.setAcceptedFileTypes(ACCEPTED);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setMaxFiles(10);
        upload.addFileRejectedListener(rejected -> ProblemNotice.notify(getTranslation("upload.rejected"),
                rejected.getErrorMessage()));
        add(new Paragraph(getTranslation("upload.help", maxBytes / (1024 * 1024))), upload);
        Button close = new Button(getTranslation("common.close"), click -> close());
        close.setId("close-upload");
        getFooter().add(close);
    }
}
