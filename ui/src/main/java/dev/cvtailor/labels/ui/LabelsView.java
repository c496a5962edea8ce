package dev.cvtailor.labels.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.labels.boundary.LabelService;
import dev.cvtailor.labels.entity.Label;
import dev.cvtailor.labels.entity.LabelDraft;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.ui.MainLayout;
import dev.cvtailor.ui.ProblemNotice;
import dev.cvtailor.ui.SignedInUser;
import dev.cvtailor.ui.ViewFrame;
import jakarta.inject.Inject;

/**
 * Labels group artifacts ("backend", "teaching") so that a CV can be made from one group only: create, rename and
 * delete them, and choose the artifacts each one holds.
 */
@Route(value = "labels", layout = MainLayout.class)
public class LabelsView extends ViewFrame {

    private static final long serialVersionUID = 1L;

    private final LabelService labels;
    private final ArtifactService artifacts;
    private final long ownerId = SignedInUser.require().id();
    private final Grid<Label> grid = new Grid<>(Label.class, false);
    private final TextField name = new TextField();
    private final TextField description = new TextField();
    private final MultiSelectComboBox<Artifact> members = new MultiSelectComboBox<>();
    private final Button save = new Button();
    private final Button delete = new Button();
    private Label selected;

    @Inject
    public LabelsView(LabelService labels, ArtifactService artifacts) {
        super("labels.title");
        this.labels = labels;
        this.artifacts = artifacts;
        setSizeFull();

        grid.setId("labels-grid");
        grid.addColumn(Label::getName).setHeader(getTranslation("labels.name")).setFlexGrow(2);
        grid.addColumn(Label::getDescription).setHeader(getTranslation("labels.description")).setFlexGrow(3);
        grid.setEmptyStateText(getTranslation("labels.empty"));
        grid.asSingleSelect().addValueChangeListener(change -> edit(change.getValue()));

        name.setLabel(getTranslation("labels.name"));
        name.setId("label-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(100);
        description.setLabel(getTranslation("labels.description"));
        description.setMaxLength(1000);
        members.setLabel(getTranslation("labels.members"));
        members.setId("label-members");
        members.setItemLabelGenerator(Artifact::getTitle);
        members.setHelperText(getTranslation("labels.membersHelp"));
        save.addClickListener(click -> save());
        save.setId("save-label");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.setText(getTranslation("common.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(click -> confirmDelete());
        Button fresh = new Button(getTranslation("labels.new"), VaadinIcon.PLUS.create(), click -> grid.deselectAll());
        fresh.setId("new-label");

        FormLayout form = new FormLayout(name, description, members);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        VerticalLayout editor = new VerticalLayout(form, new HorizontalLayout(save, delete));
        editor.setPadding(false);
        VerticalLayout list = new VerticalLayout(fresh, grid);
        list.setPadding(false);
        list.setSizeFull();
        SplitLayout split = new SplitLayout(list, editor);
        split.setSizeFull();
        split.setSplitterPosition(55);
        addAndExpand(split);
        refresh();
        edit(null);
    }

    private void edit(Label label) {
        selected = label;
        name.setInvalid(false);
        name.setValue(label == null ? "" : label.getName());
        description.setValue(label == null || label.getDescription() == null ? "" : label.getDescription());
        List<Artifact> all = artifacts.all(ownerId);
        members.setItems(all);
        if (label != null) {
            Map<Long, List<Label>> labelled = labels.labelsOf(ownerId, all.stream().map(Artifact::getId).toList());
            members.setValue(all.stream().filter(a -> labelled.getOrDefault(a.getId(), List.of()).stream()
                    .anyMatch(l -> l.getId().equals(label.getId()))).collect(Collectors.toSet()));
        } else {
            members.setValue(Set.of());
        }
        save.setText(getTranslation(label == null ? "labels.create" : "labels.save"));
        delete.setVisible(label != null);
    }

    private void save() {
        try {
            LabelDraft draft = new LabelDraft(name.getValue().strip(), description.getValue().strip());
            Label saved = selected == null ? labels.create(ownerId, draft) : labels.update(ownerId, selected.getId(), draft);
            labels.assign(ownerId, saved.getId(), members.getValue().stream().map(Artifact::getId).toList());
            ProblemNotice.success(getTranslation("labels.saved", saved.getName()));
            refresh();
            grid.select(grid.getListDataView().getItems().filter(l -> l.getId().equals(saved.getId())).findFirst()
                    .orElse(null));
        } catch (ApplicationProblem problem) {
            ProblemNotice.show(problem, Map.of("name", name, "description", description));
        }
    }

    private void confirmDelete() {
        Label doomed = selected;
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("labels.deleteHeader"),
                getTranslation("labels.deleteText", doomed.getName()), getTranslation("common.delete"), event -> {
                    labels.delete(ownerId, doomed.getId());
                    refresh();
                    edit(null);
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void refresh() {
        grid.setItems(labels.list(ownerId));
    }
}
