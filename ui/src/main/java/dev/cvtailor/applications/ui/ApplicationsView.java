package dev.cvtailor.applications.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import dev.cvtailor.applications.boundary.ApplicationService;
import dev.cvtailor.applications.entity.ApplicationDraft;
import dev.cvtailor.applications.entity.ApplicationStatus;
import dev.cvtailor.applications.entity.JobApplication;
import dev.cvtailor.applications.entity.SentCopy;
import dev.cvtailor.applications.entity.StatusChange;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.ui.MainLayout;
import dev.cvtailor.ui.ProblemNotice;
import dev.cvtailor.ui.SignedInUser;
import dev.cvtailor.ui.ViewFrame;
import jakarta.inject.Inject;

/**
 * The application tracker: a board with a column per status (drag a card to move it), a list with filters, and the
 * user's own figures (applications per week, response rate, by source). A card opens the application: its history,
 * the documents used, and the copies frozen when it was sent, to download exactly as sent.
 * {@code ?company=&role=&document=} (from Tailor or Documents) opens a new application filled in.
 */
@Route(value = "applications", layout = MainLayout.class)
public class ApplicationsView extends ViewFrame implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    private final ApplicationService applications;
    private final long ownerId = SignedInUser.require().id();
    private final HorizontalLayout board = new HorizontalLayout();
    private final Grid<JobApplication> grid = new Grid<>(JobApplication.class, false);
    private final ComboBox<ApplicationStatus> statusFilter = new ComboBox<>();
    private final TextField textFilter = new TextField();
    private final Div insights = new Div();

    @Inject
    public ApplicationsView(ApplicationService applications) {
        super("applications.title");
        this.applications = applications;
        setWidthFull();
        Button add = new Button(getTranslation("applications.new"), VaadinIcon.PLUS.create(), click -> edit(null, null));
        add.setId("new-application");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = applications.csv(ownerId).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "applications.csv", "text/csv", bytes.length);
        }), getTranslation("applications.csv"));
        csv.setId("applications-csv");

        board.setId("application-board");
        board.setWidthFull();
        board.getStyle().set("overflow-x", "auto");
        statusFilter.setItems(ApplicationStatus.values());
        statusFilter.setItemLabelGenerator(s -> getTranslation("appstatus." + s.name()));
        statusFilter.setPlaceholder(getTranslation("applications.anyStatus"));
        statusFilter.setAriaLabel(getTranslation("applications.status"));
        statusFilter.setClearButtonVisible(true);
        statusFilter.addValueChangeListener(e -> refresh());
        textFilter.setPlaceholder(getTranslation("applications.search"));
        textFilter.setAriaLabel(getTranslation("applications.search"));
        textFilter.setClearButtonVisible(true);
        textFilter.addValueChangeListener(e -> refresh());
        grid.setId("application-list");
        grid.addColumn(JobApplication::getCompany).setHeader(getTranslation("applications.company")).setSortable(true);
        grid.addColumn(JobApplication::getRole).setHeader(getTranslation("applications.role"));
        grid.addColumn(a -> getTranslation("appstatus." + a.getStatus().name())).setHeader(getTranslation("applications.status"));
        grid.addColumn(JobApplication::getSource).setHeader(getTranslation("applications.source"));
        grid.addColumn(JobApplication::getFollowUpOn).setHeader(getTranslation("applications.followUp")).setSortable(true);
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setAllRowsVisible(true);
        add(new HorizontalLayout(add, csv), new H2(getTranslation("applications.board")), board,
                new H2(getTranslation("applications.insights")), insights,
                new H2(getTranslation("applications.list")), new HorizontalLayout(statusFilter, textFilter), grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("company") || parameters.containsKey("document")) {
            String company = parameters.getOrDefault("company", List.of("")).get(0);
            String role = parameters.getOrDefault("role", List.of("")).get(0);
            Long document = parameters.containsKey("document") ? documentId(parameters.get("document").get(0)) : null;
            edit(new ApplicationDraft(company, role, null, null, null, null, null, null, null, null, null), document);
        }
    }

    /** The document a link names, or none for an address that does not name one. */
    private static Long documentId(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    private void refresh() {
        List<JobApplication> all = applications.list(ownerId, null, null);
        board.removeAll();
        for (ApplicationStatus status : ApplicationStatus.values()) {
            VerticalLayout column = new VerticalLayout();
            column.setId("column-" + status.name());
            column.setMinWidth("12rem");
            column.getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)");
            column.add(new H3(getTranslation("appstatus." + status.name())));
            all.stream().filter(a -> a.getStatus() == status).forEach(a -> column.add(card(a)));
            DropTarget<VerticalLayout> target = DropTarget.create(column);
            target.addDropListener(drop -> drop.getDragData().ifPresent(data -> move((Long) data, status)));
            board.add(column);
        }
        grid.setItems(applications.list(ownerId, statusFilter.getValue() == null ? null : statusFilter.getValue().name(),
                textFilter.getValue()));
        showInsights(all);
    }

    private Div card(JobApplication a) {
        Div card = new Div(new Span(a.getCompany()), new Paragraph(a.getRole()));
        card.setId("application-" + a.getId());
        card.addClassName("application-card");
        card.getStyle().set("background", "var(--lumo-base-color)").set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("box-shadow", "var(--lumo-box-shadow-xs)")
                .set("cursor", "pointer").set("width", "100%");
        if (a.getFollowUpOn() != null) {
            card.add(new Paragraph(getTranslation("applications.followUpOn", a.getFollowUpOn())));
        }
        DragSource<Div> source = DragSource.create(card);
        source.setDragData(a.getId());
        card.addClickListener(click -> open(a));
        return card;
    }

    private void move(long id, ApplicationStatus status) {
        try {
            applications.changeStatus(ownerId, id, status.name(), null);
        } catch (ApplicationProblem problem) {
            ProblemNotice.show(problem);
        }
        refresh();
    }

    /** The user's own figures: applications per ISO week, the share that heard back, and by source. */
    private void showInsights(List<JobApplication> all) {
        insights.removeAll();
        insights.setId("application-insights");
        Map<String, Long> perWeek = new TreeMap<>(all.stream().collect(Collectors.groupingBy(a -> {
            LocalDate day = a.getCreatedAt().atZone(ZoneOffset.UTC).toLocalDate();
            return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                    day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }, Collectors.counting())));
        long sent = all.stream().filter(a -> a.getStatus() != ApplicationStatus.SAVED).count();
        long answered = all.stream().filter(a -> Arrays.asList(ApplicationStatus.INTERVIEWING, ApplicationStatus.OFFER,
                ApplicationStatus.REJECTED).contains(a.getStatus())).count();
        Map<String, Long> bySource = all.stream().collect(Collectors.groupingBy(
                a -> a.getSource() == null ? getTranslation("applications.noSource") : a.getSource(), TreeMap::new,
                Collectors.counting()));
        insights.add(new Paragraph(getTranslation("applications.perWeek", perWeek.isEmpty() ? "–" : perWeek.toString())));
        insights.add(new Paragraph(sent == 0 ? getTranslation("applications.noResponseYet")
                : getTranslation("applications.responseRate", answered, sent, Math.round(100.0 * answered / sent))));
        insights.add(new Paragraph(getTranslation("applications.bySource", bySource.isEmpty() ? "–" : bySource.toString())));
    }

    /** A new application (prefilled from Tailor or Documents), or changes to one. */
    private void edit(ApplicationDraft prefill, Long documentId) {
        Dialog dialog = new Dialog(getTranslation("applications.new"));
        TextField company = new TextField(getTranslation("applications.company"));
        company.setId("application-company");
        TextField role = new TextField(getTranslation("applications.role"));
        role.setId("application-role");
        TextField source = new TextField(getTranslation("applications.source"));
        TextField url = new TextField(getTranslation("applications.url"));
        DatePicker followUp = new DatePicker(getTranslation("applications.followUp"));
        followUp.setId("application-follow-up");
        TextField nextStep = new TextField(getTranslation("applications.nextStep"));
        TextArea notes = new TextArea(getTranslation("applications.notes"));
        Checkbox quiet = new Checkbox(getTranslation("applications.nudgeWhenQuiet"));
        if (prefill != null) {
            company.setValue(prefill.company() == null ? "" : prefill.company());
            role.setValue(prefill.role() == null ? "" : prefill.role());
        }
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                JobApplication created = applications.create(ownerId, new ApplicationDraft(company.getValue(),
                        role.getValue(), null, url.getValue().isBlank() ? null : url.getValue(), source.getValue(),
                        null, nextStep.getValue(), followUp.getValue(), null, notes.getValue(), quiet.getValue()));
                if (documentId != null) {
                    applications.useDocuments(ownerId, created.getId(), List.of(documentId));
                }
                dialog.close();
                refresh();
            } catch (ApplicationProblem problem) {
                ProblemNotice.show(problem);
            }
        });
        save.setId("save-application");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(company, role, source, url, followUp, nextStep, notes, quiet));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    /** One application: where it stands, its history, and the files sent. */
    private void open(JobApplication a) {
        Dialog dialog = new Dialog(a.getCompany() + " · " + a.getRole());
        dialog.setId("application-details");
        ComboBox<ApplicationStatus> status = new ComboBox<>(getTranslation("applications.status"));
        status.setId("application-status");
        status.setItems(ApplicationStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("appstatus." + s.name()));
        status.setValue(a.getStatus());
        status.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                move(a.getId(), change.getValue());
                dialog.close();
                open(applications.find(ownerId, a.getId()));
            }
        });
        VerticalLayout content = new VerticalLayout(status);
        for (StatusChange step : applications.history(ownerId, a.getId())) {
            content.add(new Paragraph(getTranslation("appstatus." + step.getStatus().name()) + " · "
                    + WHEN.format(step.getAt().atZone(ZoneOffset.UTC))
                    + (step.getNote() == null ? "" : " · " + step.getNote())));
        }
        List<SentCopy> sent = applications.sentCopies(ownerId, a.getId());
        if (sent.isEmpty()) {
            content.add(new Paragraph(getTranslation(a.getDocumentIds().isEmpty() ? "applications.noDocuments"
                    : "applications.frozenWhenApplied")));
        }
        for (SentCopy copy : sent) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] bytes = applications.sentCopy(ownerId, a.getId(), copy.getId()).content();
                return new DownloadResponse(new ByteArrayInputStream(bytes), copy.getFileName(),
                        "pdf".equals(copy.getFormat()) ? "application/pdf"
                                : "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes.length);
            }), getTranslation("applications.sentCopy", copy.getFileName(), copy.getSha256().substring(0, 12)));
            download.setId("sent-copy-" + copy.getId());
            download.getElement().setAttribute("download", true);
            content.add(download);
        }
        Button delete = new Button(getTranslation("common.delete"), click -> {
            applications.delete(ownerId, a.getId());
            dialog.close();
            refresh();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.add(content);
        dialog.getFooter().add(delete, new Button(getTranslation("common.close"), click -> dialog.close()));
        dialog.open();
    }
}
