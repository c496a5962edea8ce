package dev.cvtailor.reviews.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import dev.cvtailor.generation.ui.DocumentsView;
import dev.cvtailor.organisations.boundary.OrganisationService;
import dev.cvtailor.reviews.boundary.ReviewService;
import dev.cvtailor.reviews.entity.DocumentReadView;
import dev.cvtailor.reviews.entity.QueueFilter;
import dev.cvtailor.reviews.entity.ReviewSummary;
import dev.cvtailor.ui.MainLayout;
import dev.cvtailor.ui.SignedInUser;
import dev.cvtailor.ui.ViewFrame;
import jakarta.inject.Inject;

/** A member's own submissions with their state, and who has read the documents they submitted. */
@Route(value = "reviews", layout = MainLayout.class)
public class MyReviewsView extends ViewFrame {

    private static final long serialVersionUID = 1L;

    @Inject
    public MyReviewsView(ReviewService reviews, OrganisationService organisations) {
        super("myReviews.title");
        long userId = SignedInUser.require().id();
        Paragraph intro = new Paragraph(organisations.organisationOf(userId)
                .map(m -> getTranslation("myReviews.intro", m.name()))
                .orElse(getTranslation("myReviews.noOrganisation")));
        RouterLink documents = new RouterLink(getTranslation("myReviews.toDocuments"), DocumentsView.class);
        add(intro, documents);

        Grid<ReviewSummary> submissions = new Grid<>();
        submissions.setId("my-reviews");
        submissions.addComponentColumn(r -> {
            RouterLink open = new RouterLink(ReviewTexts.what(this, r), ReviewView.class, ReviewView.parameters(r.id()));
            open.addClassName("open-review");
            open.getElement().setAttribute("data-review-id", String.valueOf(r.id()));
            return open;
        }).setHeader(getTranslation("myReviews.document")).setFlexGrow(2);
        submissions.addComponentColumn(r -> ReviewTexts.state(this, r.state())).setHeader(getTranslation("queue.stateColumn"));
        submissions.addColumn(r -> ReviewTexts.when(r.submittedAt())).setHeader(getTranslation("queue.submitted"));
        submissions.addColumn(r -> r.counsellorEmail() == null ? getTranslation("queue.anyCounsellor")
                : r.counsellorEmail()).setHeader(getTranslation("queue.counsellor"));
        submissions.addColumn(r -> r.decisionNote() == null ? "" : r.decisionNote())
                .setHeader(getTranslation("myReviews.decisionNote")).setFlexGrow(2);
        submissions.setEmptyStateText(getTranslation("myReviews.empty"));
        submissions.addItemClickListener(click -> submissions.getUI().ifPresent(ui -> ui.navigate(ReviewView.class,
                ReviewView.parameters(click.getItem().id()))));
        submissions.setItems(query -> reviews.list(userId, new QueueFilter(true, null, null, null, query.getPage(),
                query.getPageSize())).items().stream(),
                query -> (int) reviews.list(userId, new QueueFilter(true, null, null, null, 0, 1)).total());
        submissions.setAllRowsVisible(true);
        add(submissions);

        add(new H3(getTranslation("myReviews.reads")));
        Paragraph readsExplain = new Paragraph(getTranslation("myReviews.readsExplain"));
        Grid<DocumentReadView> reads = new Grid<>();
        reads.setId("document-reads");
        reads.addColumn(DocumentReadView::reader).setHeader(getTranslation("myReviews.reader")).setFlexGrow(2);
        reads.addColumn(r -> getTranslation("review.what", getTranslation("documentKind." + r.kind().name()),
                r.version())).setHeader(getTranslation("myReviews.document"));
        reads.addColumn(r -> ReviewTexts.when(r.readAt())).setHeader(getTranslation("myReviews.readAt"));
        reads.setEmptyStateText(getTranslation("myReviews.noReads"));
        reads.setItems(reviews.documentReads(userId));
        reads.setAllRowsVisible(true);
        add(readsExplain, reads);
    }
}
