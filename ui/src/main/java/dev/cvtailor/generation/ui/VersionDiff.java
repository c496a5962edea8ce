package dev.cvtailor.generation.ui;

import java.util.Arrays;
import java.util.List;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

import dev.cvtailor.generation.entity.GeneratedDocument;

/** Two versions of a document side by side, line by line, with what changed marked (java-diff-utils). */
class VersionDiff extends Dialog {

    private static final long serialVersionUID = 1L;

    private final Grid<DiffRow> rows = new Grid<>();
    private final Select<GeneratedDocument> left = new Select<>();
    private final Select<GeneratedDocument> right = new Select<>();

    VersionDiff(List<GeneratedDocument> versions, GeneratedDocument current) {
        setHeaderTitle(getTranslation("versions.title"));
        setWidth("min(72rem, 100vw)");
        setHeight("80vh");
        setId("version-diff");
        List<GeneratedDocument> comparable = versions.stream().filter(v -> v.getTextContent() != null).toList();
        for (Select<GeneratedDocument> side : List.of(left, right)) {
            side.setItems(comparable);
            side.setItemLabelGenerator(v -> getTranslation("versions.version", v.getVersion(),
                    v.getCreatedAt().toString().substring(0, 16).replace('T', ' ')));
            side.addValueChangeListener(change -> compare());
        }
        left.setLabel(getTranslation("versions.left"));
        right.setLabel(getTranslation("versions.right"));
        rows.addComponentColumn(row -> marked(row.getOldLine(), row.getTag())).setHeader(getTranslation("versions.left"));
        rows.addComponentColumn(row -> marked(row.getNewLine(), row.getTag())).setHeader(getTranslation("versions.right"));
        rows.setAllRowsVisible(false);
        rows.setSizeFull();
        rows.setId("diff-rows");
        add(new HorizontalLayout(left, right), rows);
        comparable.stream().filter(v -> v.getId().equals(current.getId())).findFirst().ifPresent(right::setValue);
        comparable.stream().filter(v -> !v.getId().equals(current.getId())).findFirst().ifPresent(left::setValue);
        getFooter().add(new Button(getTranslation("common.close"), click -> close()));
    }

    private void compare() {
        if (left.getValue() == null || right.getValue() == null) {
            rows.setItems(List.of());
            return;
        }
        DiffRowGenerator generator = DiffRowGenerator.create().showInlineDiffs(true).inlineDiffByWord(true).lineNormalizer(line -> line)
                .oldTag(start -> start ? "\u0001" : "\u0002").newTag(start -> start ? "\u0001" : "\u0002").build();
        rows.setItems(generator.generateDiffRows(lines(left.getValue()), lines(right.getValue())));
    }

    private static List<String> lines(GeneratedDocument version) {
        return Arrays.asList(version.getTextContent().split("\\R"));
    }

    /** A line with the words that changed highlighted (the generator marks them with control characters). */
    private static Span marked(String line, DiffRow.Tag tag) {
        Span span = new Span();
        boolean changed = false;
        for (String part : line.split("(?=[\u0001\u0002])|(?<=[\u0001\u0002])")) {
            if (part.equals("\u0001")) {
                changed = true;
            } else if (part.equals("\u0002")) {
                changed = false;
            } else if (!part.isEmpty()) {
                Span piece = new Span(part);
                if (changed || tag == DiffRow.Tag.INSERT || tag == DiffRow.Tag.DELETE) {
                    piece.getStyle().set("background", "var(--lumo-warning-color-10pct, var(--lumo-primary-color-10pct))");
                }
                span.add(piece);
            }
        }
        span.getStyle().set("white-space", "normal");
        return span;
    }
}
