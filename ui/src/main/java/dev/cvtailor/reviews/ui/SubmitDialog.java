package dev.cvtailor.reviews.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;

import dev.cvtailor.organisations.boundary.OrganisationService;
import dev.cvtailor.organisations.entity.Colleague;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.reviews.boundary.ReviewService;
import dev.cvtailor.reviews.entity.ReviewSummary;
import dev.cvtailor.ui.ProblemNotice;

/**
 * Submits a ready document version to the member's organisation for review: a note for the counsellor and,
 * optionally, the counsellor it goes to (else every counsellor who may read it is told).
 */
public class SubmitDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    public SubmitDialog(ReviewService reviews, OrganisationService organisations, long ownerId, long documentId,
            String organisationName, Consumer<ReviewSummary> submitted) {
        setHeaderTitle(getTranslation("submit.title"));
        setWidth("min(32rem, 100vw)");
        TextArea note = new TextArea(getTranslation("submit.note"));
        note.setId("review-note");
        note.setHelperText(getTranslation("submit.noteHelp"));
        note.setMaxLength(2000);
        note.setWidthFull();
        ComboBox<Colleague> counsellor = new ComboBox<>(getTranslation("submit.counsellor"));
        counsellor.setId("review-counsellor");
        counsellor.setItems(organisations.counsellorsFor(ownerId));
        counsellor.setItemLabelGenerator(Colleague::email);
        counsellor.setClearButtonVisible(true);
        counsellor.setHelperText(getTranslation("submit.counsellorHelp"));
        counsellor.setWidthFull();
        VerticalLayout body = new VerticalLayout(new Paragraph(getTranslation("submit.explain", organisationName)),
                note, counsellor);
        body.setPadding(false);
        add(body);

        Button send = new Button(getTranslation("submit.send"), click -> {
            try {
                ReviewSummary review = reviews.submit(ownerId, documentId, note.getValue(),
                        counsellor.getValue() == null ? null : counsellor.getValue().userId());
                close();
                submitted.accept(review);
            } catch (ApplicationProblem problem) {
                ProblemNotice.show(problem, java.util.Map.of("note", note));
            }
        });
        send.setId("review-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, send);
    }
}
