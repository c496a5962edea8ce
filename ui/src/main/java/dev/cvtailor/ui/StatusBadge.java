package dev.cvtailor.ui;

import com.vaadin.flow.component.html.Span;

/** A small coloured label for a state (processing, ready, failed, ...), readable without its colour. */
public class StatusBadge extends Span {

    private static final long serialVersionUID = 1L;

    public enum Tone {
        NEUTRAL("--lumo-contrast-10pct", "--lumo-body-text-color"),
        SUCCESS("--lumo-success-color-10pct", "--lumo-success-text-color"),
        WARNING("--lumo-warning-color-10pct", "--lumo-warning-text-color"),
        ERROR("--lumo-error-color-10pct", "--lumo-error-text-color");

        final String background;
        final String text;

        Tone(String background, String text) {
            this.background = background;
            this.text = text;
        }
    }

    public StatusBadge(String text, Tone tone) {
        super(text);
        getStyle().set("background", "var(" + tone.background + ")").set("color", "var(" + tone.text + ")")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "0.1em 0.6em")
                .set("font-size", "var(--lumo-font-size-s)").set("font-weight", "500").set("white-space", "nowrap");
    }
}
