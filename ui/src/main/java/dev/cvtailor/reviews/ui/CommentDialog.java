package dev.cvtailor.reviews.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * Writes a comment on one part of the document (or a reply to a comment); a counsellor may add a wording to put in
 * the part's place, which starts as the part's current words so that a small change is a small edit.
 */
class CommentDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    /** Saves the comment; true when it was taken (the dialog closes), false to keep it open. */
    @FunctionalInterface
    interface Save {
        boolean save(String text, String suggestion);
    }

    CommentDialog(String title, String quoted, boolean suggest, Save save) {
        setHeaderTitle(title);
        setWidth("min(36rem, 100vw)");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        if (quoted != null && !quoted.isBlank()) {
            Paragraph quote = new Paragraph(quoted);
            quote.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Border.LEFT, LumoUtility.Padding.Left.SMALL,
                    LumoUtility.BorderColor.CONTRAST_30);
            body.add(quote);
        }
        TextArea text = new TextArea(getTranslation("comment.text"));
        text.setId("comment-text");
        text.setMaxLength(4000);
        text.setRequired(true);
        text.setWidthFull();
        text.setAutofocus(true);
        body.add(text);
        TextArea suggestion = new TextArea(getTranslation("comment.suggestion"));
        suggestion.setId("comment-suggestion");
        suggestion.setHelperText(getTranslation("comment.suggestionHelp"));
        suggestion.setMaxLength(2000);
        suggestion.setWidthFull();
        if (suggest) {
            suggestion.setValue(quoted == null ? "" : quoted);
            body.add(suggestion);
        }
        add(body);

        Button send = new Button(getTranslation("comment.save"), click -> {
            String wording = suggest ? suggestion.getValue().strip() : "";
            boolean unchanged = wording.isEmpty() || quoted != null && wording.equals(quoted.strip());
            if (text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("comment.textRequired"));
                text.setInvalid(true);
            } else if (save.save(text.getValue(), unchanged ? null : wording)) {
                close();
            }
        });
        send.setId("comment-save");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, send);
    }
}
