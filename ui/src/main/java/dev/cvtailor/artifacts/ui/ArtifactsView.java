package dev.cvtailor.artifacts.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.artifacts.boundary.ArtifactIntake;
import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.artifacts.entity.ArtifactKind;
import dev.cvtailor.artifacts.entity.ArtifactStatus;
import dev.cvtailor.artifacts.entity.ArtifactQuery;
import dev.cvtailor.evidence.boundary.EvidenceService;
import dev.cvtailor.evidence.entity.EvidenceView;
import dev.cvtailor.labels.boundary.LabelService;
import dev.cvtailor.labels.entity.Label;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.skills.boundary.SkillService;
import dev.cvtailor.ui.MainLayout;
import dev.cvtailor.ui.ProblemNotice;
import dev.cvtailor.ui.SignedInUser;
import dev.cvtailor.ui.StatusBadge;
import dev.cvtailor.ui.ViewFrame;
import jakarta.inject.Inject;

/**
 * The signed-in user's artifacts: a lazily loaded grid (thousands of rows are fine) with filters and processing
 * status, and the ways to add them: a form, a file, or a JSON Resume. Everything goes through the same services as
 * the REST API.
 */
@Route(value = "", layout = MainLayout.class)
public class ArtifactsView extends ViewFrame implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final ArtifactService artifacts;
    private final ArtifactIntake intake;
    private final EvidenceService evidence;
    private final LabelService labels;
    private final SkillService skills;
    private final long ownerId = SignedInUser.require().id();
    private final Grid<Artifact> grid = new Grid<>(Artifact.class, false);
    private Registration polling;

    private final TextField text = new TextField();
    private final ComboBox<ArtifactKind> kind = new ComboBox<>();
    private final ComboBox<Label> label = new ComboBox<>();
    private final TextField skill = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    @Inject
    public ArtifactsView(ArtifactService artifacts, ArtifactIntake intake, EvidenceService evidence, LabelService labels,
            SkillService skills, AccountService accounts) {
        super("artifacts.title");
        this.artifacts = artifacts;
        this.intake = intake;
        this.evidence = evidence;
        this.labels = labels;
        this.skills = skills;
        setSizeFull();

        Button add = new Button(getTranslation("artifacts.add"), VaadinIcon.PLUS.create(), click -> open(null));
        add.setId("add-artifact");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button upload = new Button(getTranslation("artifacts.upload"), VaadinIcon.UPLOAD.create(),
                click -> new UploadDialog(artifacts, intake, ownerId, this::refresh).open());
        upload.setId("upload-artifact");
        Button importResume = new Button(getTranslation("artifacts.importResume"), VaadinIcon.FILE_TREE.create(),
                click -> new ResumeImportDialog(artifacts, intake, ownerId, this::refresh).open());
        importResume.setId("import-resume");
        Anchor exportResume = new Anchor(DownloadHandler.fromInputStream(event -> {
            List<Long> ids = artifacts.all(ownerId).stream().map(Artifact::getId).toList();
            java.util.Map<Long, List<String>> urls = evidence.linksOf(ownerId, ids).entrySet().stream()
                    .collect(Collectors.toMap(java.util.Map.Entry::getKey,
                            e -> e.getValue().stream().map(EvidenceView::url).toList()));
            byte[] json = artifacts.jsonResume(ownerId, urls, accounts.find(ownerId).email()).toString()
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return new DownloadResponse(new java.io.ByteArrayInputStream(json), "resume.json", "application/json",
                    json.length);
        }), AttachmentType.DOWNLOAD, "");
        Button exportButton = new Button(getTranslation("artifacts.exportResume"), VaadinIcon.DOWNLOAD.create());
        exportButton.setTabIndex(-1);
        exportResume.add(exportButton);
        exportResume.setId("export-resume");
        HorizontalLayout actions = new HorizontalLayout(add, upload, importResume, exportResume);
        actions.setWrap(true);

        add(actions, filters());
        grid.setId("artifacts-grid");
        grid.addColumn(Artifact::getTitle).setHeader(getTranslation("artifact.titleField")).setKey("title")
                .setSortable(true).setFlexGrow(3);
        grid.addColumn(a -> getTranslation("kind." + a.getKind().name())).setHeader(getTranslation("artifact.kind"));
        grid.addColumn(Artifact::getOrganisation).setHeader(getTranslation("artifact.organisation")).setFlexGrow(2);
        grid.addColumn(a -> a.getStartedOn() == null ? "" : DATE.format(a.getStartedOn()))
                .setHeader(getTranslation("artifact.startedOn")).setKey("startedOn").setSortable(true);
        grid.addColumn(a -> a.getEndedOn() == null ? "" : DATE.format(a.getEndedOn()))
                .setHeader(getTranslation("artifact.endedOn")).setKey("endedOn").setSortable(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("artifact.status")).setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("artifacts.empty"));
        grid.setMultiSort(false);
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setItems(query -> watchProcessing(artifacts.list(ownerId, query(query.getPage(), query.getPageSize()))
                        .items()).stream(),
                query -> (int) artifacts.list(ownerId, query(0, 1)).total());
        addAndExpand(grid);
    }

    /**
     * While a shown artifact is still being processed, the view asks again every two seconds, so that it turns
     * ready (or failed, with its reason) without the user reloading; it stops asking once none is.
     */
    private List<Artifact> watchProcessing(List<Artifact> shown) {
        boolean processing = shown.stream().anyMatch(a -> a.getStatus() == ArtifactStatus.PROCESSING);
        getUI().ifPresent(ui -> {
            if (processing) {
                if (polling == null) {
                    polling = ui.addPollListener(poll -> refresh());
                }
                ui.setPollInterval(2000);
            } else {
                stopPolling(ui);
            }
        });
        return shown;
    }

    private void stopPolling(com.vaadin.flow.component.UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        stopPolling(detachEvent.getUI());
        super.onDetach(detachEvent);
    }

    private HorizontalLayout filters() {
        text.setLabel(getTranslation("artifacts.filterText"));
        text.setId("filter-text");
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        kind.setLabel(getTranslation("artifact.kind"));
        kind.setItems(ArtifactKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("kind." + k.name()));
        kind.setClearButtonVisible(true);
        label.setLabel(getTranslation("artifact.labels"));
        label.setItems(labels.list(ownerId));
        label.setItemLabelGenerator(Label::getName);
        label.setClearButtonVisible(true);
        skill.setLabel(getTranslation("artifacts.filterSkill"));
        skill.setClearButtonVisible(true);
        skill.setValueChangeMode(ValueChangeMode.LAZY);
        from.setLabel(getTranslation("artifacts.filterFrom"));
        to.setLabel(getTranslation("artifacts.filterTo"));
        from.addValueChangeListener(change -> to.setMin(change.getValue()));
        text.addValueChangeListener(change -> refresh());
        kind.addValueChangeListener(change -> refresh());
        label.addValueChangeListener(change -> refresh());
        skill.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        List.<com.vaadin.flow.component.HasSize>of(text, kind, label, skill, from, to).forEach(f -> f.setWidth("9.5em"));
        HorizontalLayout filters = new HorizontalLayout(text, kind, label, skill, from, to);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    private ArtifactQuery query(int page, int size) {
        return new ArtifactQuery(kind.getValue(), from.getValue(), to.getValue(),
                label.getValue() == null ? null : label.getValue().getId(), text.getValue(), skill.getValue(),
                sort(), page, Math.min(size, 100));
    }

    private String sort() {
        return grid.getSortOrder().stream().findFirst()
                .map(order -> order.getSorted().getKey() + (order.getDirection() == SortDirection.ASCENDING
                        ? ",asc" : ",desc"))
                .orElse(ArtifactQuery.DEFAULT_SORT);
    }

    private StatusBadge status(Artifact artifact) {
        StatusBadge badge = switch (artifact.getStatus()) {
            case READY -> new StatusBadge(getTranslation("status.READY"), StatusBadge.Tone.SUCCESS);
            case PROCESSING -> new StatusBadge(getTranslation("status.PROCESSING"), StatusBadge.Tone.NEUTRAL);
            case FAILED -> new StatusBadge(getTranslation("status.FAILED"), StatusBadge.Tone.ERROR);
        };
        if (artifact.getFailureReason() != null) {
            badge.setTitle(artifact.getFailureReason());
            badge.setText(badge.getText() + ": " + artifact.getFailureReason());
        }
        return badge;
    }

    /** {@code /?artifact=ID} (a document's bullet links here) opens that artifact. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("artifact")
                .filter(id -> id.matches("\\d{1,18}"))
                .ifPresent(id -> {
                    try {
                        open(artifacts.find(ownerId, Long.parseLong(id)));
                    } catch (ApplicationProblem problem) {
                        ProblemNotice.show(problem);
                    }
                });
    }

    private void open(Artifact artifact) {
        try {
            Artifact current = artifact == null ? null : artifacts.find(ownerId, artifact.getId());
            new ArtifactForm(artifacts, intake, evidence, labels, skills, ownerId, current, this::refresh).open();
        } catch (ApplicationProblem problem) {
            ProblemNotice.show(problem);
            refresh();
        }
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
