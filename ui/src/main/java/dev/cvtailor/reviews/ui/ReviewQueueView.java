package dev.cvtailor.reviews.ui;

import java.time.Instant;
import java.util.Optional;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import dev.cvtailor.organisations.boundary.OrganisationService;
import dev.cvtailor.organisations.entity.Cohort;
import dev.cvtailor.organisations.entity.OrgMembership;
import dev.cvtailor.reviews.boundary.ReviewService;
import dev.cvtailor.reviews.entity.QueueFilter;
import dev.cvtailor.reviews.entity.ReviewState;
import dev.cvtailor.reviews.entity.ReviewSummary;
import dev.cvtailor.ui.MainLayout;
import dev.cvtailor.ui.SignedInUser;
import dev.cvtailor.ui.ViewFrame;
import jakarta.inject.Inject;

/**
 * A counsellor's or org admin's queue: the submissions they may review, oldest first, with how long each has
 * waited; filtered by cohort, state and minimum age. A row opens the review.
 */
@Route(value = "reviews/queue", layout = MainLayout.class)
public class ReviewQueueView extends ViewFrame {

    private static final long serialVersionUID = 1L;

    private final ReviewService reviews;
    private final long callerId = SignedInUser.require().id();
    private final Grid<ReviewSummary> grid = new Grid<>();
    private final ComboBox<Cohort> cohort = new ComboBox<>();
    private final Select<ReviewState> state = new Select<>();
    private final IntegerField minAge = new IntegerField();

    @Inject
    public ReviewQueueView(ReviewService reviews, OrganisationService organisations) {
        super("queue.title");
        this.reviews = reviews;
        setSizeFull();
        Optional<OrgMembership> membership = organisations.organisationOf(callerId)
                .filter(m -> m.role().reviews());
        if (membership.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("queue.notReviewer"));
            none.setId("queue-not-reviewer");
            add(none);
            return;
        }
        cohort.setLabel(getTranslation("queue.cohort"));
        cohort.setId("queue-cohort");
        cohort.setItems(organisations.cohorts(callerId, membership.get().organisationId()));
        cohort.setItemLabelGenerator(Cohort::getName);
        cohort.setClearButtonVisible(true);
        cohort.setPlaceholder(getTranslation("queue.allCohorts"));
        cohort.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        state.setLabel(getTranslation("queue.state"));
        state.setId("queue-state");
        state.setWidth("20em");
        state.setItems(ReviewState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("queue.waiting"));
        state.setItemLabelGenerator(s -> s == null ? getTranslation("queue.waiting")
                : getTranslation("reviewState." + s.name()));
        state.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        minAge.setLabel(getTranslation("queue.minAge"));
        minAge.setId("queue-min-age");
        minAge.setMin(0);
        minAge.setStepButtonsVisible(true);
        minAge.setHelperText(getTranslation("queue.minAgeHelp"));
        minAge.setValueChangeMode(ValueChangeMode.LAZY);
        minAge.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        HorizontalLayout filters = new HorizontalLayout(cohort, state, minAge);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("review-queue");
        grid.addComponentColumn(r -> {
            RouterLink open = new RouterLink(r.ownerEmail(), ReviewView.class, ReviewView.parameters(r.id()));
            open.addClassName("open-review");
            open.getElement().setAttribute("data-review-id", String.valueOf(r.id()));
            return open;
        }).setHeader(getTranslation("queue.owner")).setFlexGrow(3);
        grid.addColumn(r -> ReviewTexts.what(this, r)).setHeader(getTranslation("queue.document"));
        grid.addComponentColumn(r -> ReviewTexts.state(this, r.state())).setHeader(getTranslation("queue.stateColumn"));
        grid.addColumn(r -> r.state().awaitsDecision() ? ReviewTexts.waiting(this, r.submittedAt(), Instant.now()) : "")
                .setHeader(getTranslation("queue.waitingFor"));
        grid.addColumn(r -> ReviewTexts.when(r.submittedAt())).setHeader(getTranslation("queue.submitted"));
        grid.addColumn(r -> r.counsellorEmail() == null ? getTranslation("queue.anyCounsellor") : r.counsellorEmail())
                .setHeader(getTranslation("queue.counsellor"));
        grid.setEmptyStateText(getTranslation("queue.empty"));
        grid.addItemClickListener(click -> grid.getUI().ifPresent(ui -> ui.navigate(ReviewView.class,
                ReviewView.parameters(click.getItem().id()))));
        grid.setItems(query -> reviews.list(callerId, filter(query.getPage(), query.getPageSize())).items().stream(),
                query -> (int) reviews.list(callerId, filter(0, 1)).total());
        add(filters);
        addAndExpand(grid);
    }

    private QueueFilter filter(int page, int size) {
        return new QueueFilter(false, state.getValue(), cohort.getValue() == null ? null : cohort.getValue().getId(),
                minAge.getValue(), page, size);
    }
}
