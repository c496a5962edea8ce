package dev.cvtailor.artifacts.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.artifacts.entity.Artifact;
import dev.cvtailor.artifacts.entity.ArtifactDraft;
import dev.cvtailor.artifacts.entity.ArtifactKind;
import dev.cvtailor.artifacts.entity.ArtifactQuery;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.ui.MainLayout;
import dev.cvtailor.ui.SignedInUser;
import jakarta.inject.Inject;

/** The signed-in user's artifacts, through the same service as the REST API, and a quick way to add one. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Artifacts · CV Tailor")
public class ArtifactsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final ArtifactService artifacts;
    private final Grid<Artifact> grid = new Grid<>(Artifact.class, false);

    @Inject
    public ArtifactsView(ArtifactService artifacts) {
        this.artifacts = artifacts;
        setSizeFull();

        grid.setId("artifacts-grid");
        grid.addColumn(Artifact::getTitle).setHeader("Title").setFlexGrow(3);
        grid.addColumn(a -> a.getKind().name()).setHeader("Kind");
        grid.addColumn(Artifact::getOrganisation).setHeader("Organisation").setFlexGrow(2);
        grid.addColumn(Artifact::getStartedOn).setHeader("From");
        grid.addColumn(Artifact::getEndedOn).setHeader("To");
        grid.addColumn(a -> a.getStatus().name()).setHeader("Status");
        grid.setEmptyStateText("No artifacts yet: add your first project, position or certificate above.");

        add(new H2("Your artifacts"), addForm(), grid);
        refresh();
    }

    private HorizontalLayout addForm() {
        ComboBox<ArtifactKind> kind = new ComboBox<>("Kind", ArtifactKind.values());
        kind.setValue(ArtifactKind.PROJECT);
        TextField title = new TextField("Title");
        title.setId("new-artifact-title");
        title.setRequired(true);
        TextField organisation = new TextField("Organisation");
        TextField stack = new TextField("Technologies (comma-separated)");
        Button add = new Button("Add artifact", click -> {
            try {
                artifacts.create(SignedInUser.require().id(), new ArtifactDraft(kind.getValue(), title.getValue(),
                        null, null, organisation.getValue(), null, null, null, split(stack.getValue()), List.of(), List.of(), List.of(),
                        List.of()));
                title.clear();
                organisation.clear();
                stack.clear();
                refresh();
                Notification.show("Artifact added; it is being processed.")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (ApplicationProblem problem) {
                String detail = problem.fieldProblems().isEmpty() ? problem.getMessage()
                        : String.join("; ", problem.fieldProblems().stream().map(p -> p.field() + " " + p.message()).toList());
                Notification.show(detail).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        add.setId("add-artifact");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reload = new Button("Refresh", click -> refresh());
        HorizontalLayout form = new HorizontalLayout(kind, title, organisation, stack, add, reload);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void refresh() {
        grid.setItems(artifacts.list(SignedInUser.require().id(), ArtifactQuery.firstPage(100)).items());
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of()
                : java.util.Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
