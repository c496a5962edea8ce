package dev.cvtailor.artifacts.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import dev.cvtailor.artifacts.boundary.ArtifactIntake;
import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.artifacts.entity.ArtifactDraft;
import dev.cvtailor.artifacts.entity.ArtifactKind;
import dev.cvtailor.evidence.boundary.EvidenceService;
import dev.cvtailor.evidence.ui.EvidencePanel;
import dev.cvtailor.labels.boundary.LabelService;
import dev.cvtailor.labels.entity.Label;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.skills.boundary.SkillService;
import dev.cvtailor.skills.entity.SkillView;
import dev.cvtailor.ui.ProblemNotice;

/**
 * Adds or edits one artifact in a dialog: its fields with their rules shown on the fields, skills and
 * technologies as tokens (with the taxonomy's suggestions; any other name may be typed), its labels and evidence.
 */
public class ArtifactForm extends Dialog {

    private static final long serialVersionUID = 1L;

    private final ArtifactService artifacts;
    private final ArtifactIntake intake;
    private final LabelService labels;
    private final long ownerId;
    private final Artifact editing;
    private final Runnable onSaved;

    private final Select<ArtifactKind> kind = new Select<>();
    private final TextField title = new TextField();
    private final TextField organisation = new TextField();
    private final TextField role = new TextField();
    private final DatePicker startedOn = new DatePicker();
    private final DatePicker endedOn = new DatePicker();
    private final TextArea summary = new TextArea();
    private final TextArea description = new TextArea();
    private final MultiSelectComboBox<String> stack = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<String> skills = new MultiSelectComboBox<>();
    private final TextField collaborators = new TextField();
    private final MultiSelectComboBox<Label> labelChoice = new MultiSelectComboBox<>();
    private final EvidencePanel evidencePanel;

    public ArtifactForm(ArtifactService artifacts, ArtifactIntake intake, EvidenceService evidence, LabelService labels,
            SkillService skillService, long ownerId, Artifact editing, Runnable onSaved) {
        this.artifacts = artifacts;
        this.intake = intake;
        this.labels = labels;
        this.ownerId = ownerId;
        this.editing = editing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(editing == null ? "artifact.new" : "artifact.edit"));
        setWidth("min(56rem, 100vw)");
        setId("artifact-form");

        kind.setLabel(getTranslation("artifact.kind"));
        kind.setItems(ArtifactKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
        kind.setValue(ArtifactKind.PROJECT);
        title.setLabel(getTranslation("artifact.titleField"));
        title.setId("artifact-title");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(300);
        organisation.setLabel(getTranslation("artifact.organisation"));
        role.setLabel(getTranslation("artifact.role"));
        startedOn.setLabel(getTranslation("artifact.startedOn"));
        endedOn.setLabel(getTranslation("artifact.endedOn"));
        endedOn.setHelperText(getTranslation("artifact.endedOnHelp"));
        startedOn.addValueChangeListener(change -> endedOn.setMin(change.getValue()));
        summary.setLabel(getTranslation("artifact.summary"));
        summary.setMaxLength(2000);
        description.setLabel(getTranslation("artifact.description"));
        description.setHelperText(getTranslation("artifact.descriptionHelp"));
        description.setMaxHeight("14em");
        tokens(stack, "artifact.stack", skillService);
        stack.setId("artifact-stack");
        tokens(skills, "artifact.skills", skillService);
        skills.setId("artifact-skills");
        collaborators.setLabel(getTranslation("artifact.collaborators"));
        collaborators.setHelperText(getTranslation("artifact.collaboratorsHelp"));
        labelChoice.setLabel(getTranslation("artifact.labels"));
        labelChoice.setItems(labels.list(ownerId));
        labelChoice.setItemLabelGenerator(Label::getName);

        FormLayout form = new FormLayout(kind, title, organisation, role, startedOn, endedOn, summary, description,
                stack, skills, collaborators, labelChoice);
        form.setColspan(summary, 2);
        form.setColspan(description, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));

        evidencePanel = new EvidencePanel(evidence, ownerId, editing == null ? null : editing.getId());
        add(form, new H3(getTranslation("artifact.evidence")), new Paragraph(getTranslation("artifact.evidenceHelp")),
                evidencePanel);
        if (editing != null) {
            fill(editing);
        }
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                title.focus();
            }
        });

        Button save = new Button(getTranslation("common.save"), click -> save());
        save.setId("save-artifact");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> close());
        getFooter().add(cancel, save);
        if (editing != null) {
            Button delete = new Button(getTranslation("common.delete"), click -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().addComponentAsFirst(delete);
        }
    }

    private void tokens(MultiSelectComboBox<String> field, String labelKey, SkillService skillService) {
        field.setLabel(getTranslation(labelKey));
        field.setHelperText(getTranslation("artifact.tokensHelp"));
        field.setAllowCustomValue(true);
        field.setItems(query -> {
            String filter = query.getFilter().orElse("").strip();
            int offset = query.getOffset();
            int limit = Math.min(query.getLimit(), 20);
            return filter.isEmpty() || offset > 0 ? Stream.empty()
                    : skillService.search(filter, limit).stream().map(SkillView::name);
        });
        field.addCustomValueSetListener(custom -> {
            Set<String> value = new LinkedHashSet<>(field.getValue());
            value.add(custom.getDetail().strip());
            field.setValue(value);
        });
    }

    private void fill(Artifact artifact) {
        kind.setValue(artifact.getKind());
        title.setValue(artifact.getTitle());
        organisation.setValue(orEmpty(artifact.getOrganisation()));
        role.setValue(orEmpty(artifact.getRole()));
        startedOn.setValue(artifact.getStartedOn());
        endedOn.setValue(artifact.getEndedOn());
        summary.setValue(orEmpty(artifact.getSummary()));
        description.setValue(orEmpty(artifact.getDescription()));
        stack.setValue(new LinkedHashSet<>(artifact.getStack()));
        skills.setValue(new LinkedHashSet<>(artifact.getDeclaredSkills()));
        collaborators.setValue(String.join(", ", artifact.getCollaborators()));
        List<Long> current = labels.labelsOf(ownerId, List.of(artifact.getId()))
                .getOrDefault(artifact.getId(), List.of()).stream().map(Label::getId).toList();
        labelChoice.setValue(labelChoice.getListDataView().getItems().filter(l -> current.contains(l.getId())).toList());
        // labels already attached are shown but cannot be taken off here: that happens in the Labels view
        labelChoice.setHelperText(getTranslation("artifact.labelsHelp"));
    }

    private void save() {
        List.of(title, organisation, role, summary, description, collaborators).forEach(f -> f.setInvalid(false));
        startedOn.setInvalid(false);
        endedOn.setInvalid(false);
        try {
            List<Long> labelIds = labelChoice.getValue().stream().map(Label::getId).toList();
            ArtifactDraft draft = new ArtifactDraft(kind.getValue(), title.getValue(), blankToNull(summary.getValue()),
                    blankToNull(description.getValue()), blankToNull(organisation.getValue()),
                    blankToNull(role.getValue()), startedOn.getValue(), endedOn.getValue(), new ArrayList<>(stack.getValue()),
                    split(collaborators.getValue()), new ArrayList<>(skills.getValue()),
                    evidencePanel.pendingUrls().stream().map(url -> new ArtifactDraft.LinkDraft(url, null)).toList(),
                    editing == null ? labelIds : List.of());
            if (editing == null) {
                intake.create(ownerId, draft);
            } else {
                artifacts.update(ownerId, editing.getId(), draft);
                labels.attach(ownerId, editing.getId(), labelIds);
            }
            ProblemNotice.success(getTranslation("artifact.saved", draft.title()));
            close();
            onSaved.run();
        } catch (ApplicationProblem problem) {
            ProblemNotice.show(problem, Map.of("title", title, "organisation", organisation, "role", role,
                    "summary", summary, "description", description, "startedOn", startedOn, "endedOn", endedOn,
                    "collaborators", collaborators));
        }
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("artifact.deleteHeader"),
                getTranslation("artifact.deleteText", editing.getTitle()), getTranslation("common.delete"), event -> {
                    artifacts.delete(ownerId, editing.getId());
                    close();
                    onSaved.run();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
