package dev.cvtailor.reviews.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;

import dev.cvtailor.evidence.entity.EvidenceView;
import dev.cvtailor.generation.boundary.GenerationService;
import dev.cvtailor.generation.entity.CoverLetterContent;
import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.CvSection;
import dev.cvtailor.generation.entity.DocumentStatus;
import dev.cvtailor.generation.entity.GeneratedDocument;
import dev.cvtailor.generation.entity.KeywordCoverage;
import dev.cvtailor.generation.ui.DocumentsView;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.reviews.boundary.ReviewService;
import dev.cvtailor.reviews.entity.CommentDraft;
import dev.cvtailor.reviews.entity.CommentView;
import dev.cvtailor.reviews.entity.HistoryEntry;
import dev.cvtailor.reviews.entity.ReviewDetail;
import dev.cvtailor.reviews.entity.ReviewState;
import dev.cvtailor.reviews.entity.ReviewSummary;
import dev.cvtailor.reviews.entity.SuggestionState;
import dev.cvtailor.ui.BackgroundWork;
import dev.cvtailor.ui.MainLayout;
import dev.cvtailor.ui.ProblemNotice;
import dev.cvtailor.ui.SignedInUser;
import dev.cvtailor.ui.StatusBadge;
import dev.cvtailor.ui.ViewFrame;
import jakarta.inject.Inject;

/**
 * One submission, for its owner and the counsellors who may review it: the document as submitted, every section,
 * entry, bullet and paragraph with its own comment button, the evidence behind each bullet, the comments beside it
 * (threaded, resolvable, a suggested wording the owner accepts or rejects), the keyword coverage and the history.
 * A counsellor approves or requests changes; the owner withdraws, or submits the version the accepted suggestions
 * made. Opening it as a counsellor is recorded (the member sees who read it); showing it again after an action is not.
 */
@Route(value = "reviews/:" + ReviewView.ID + "(\\d+)", layout = MainLayout.class)
public class ReviewView extends ViewFrame implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;
    static final String ID = "reviewId";

    private final ReviewService reviews;
    private final GenerationService generation;
    private final BackgroundWork work;
    private final long callerId = SignedInUser.require().id();
    private final Div body = new Div();
    private long reviewId;
    private ReviewDetail detail;

    @Inject
    public ReviewView(ReviewService reviews, GenerationService generation, BackgroundWork work) {
        super("review.title");
        this.reviews = reviews;
        this.generation = generation;
        this.work = work;
        body.setWidthFull();
        add(body);
    }

    public static RouteParameters parameters(long reviewId) {
        return new RouteParameters(ID, String.valueOf(reviewId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reviewId = event.getRouteParameters().getLong(ID).orElse(0L);
        try {
            detail = reviews.open(callerId, reviewId);
            render();
        } catch (ApplicationProblem problem) {
            gone();
        }
    }

    /** Shows the submission anew after an action, without counting it as another reading. */
    private void reload() {
        try {
            detail = reviews.reload(callerId, reviewId);
            render();
        } catch (ApplicationProblem problem) {
            gone();
        }
    }

    private void gone() {
        body.removeAll();
        Paragraph gone = new Paragraph(getTranslation("review.gone"));
        gone.setId("review-gone");
        body.add(gone);
    }

    private void render() {
        body.removeAll();
        ReviewSummary summary = detail.summary();
        GeneratedDocument document = detail.document();
        Map<String, List<CommentView>> byAnchor = detail.comments().stream()
                .collect(Collectors.groupingBy(c -> key(c.anchor()), LinkedHashMap::new, Collectors.toList()));

        H3 heading = new H3(ReviewTexts.what(this, summary) + " · " + summary.ownerEmail());
        heading.addClassNames(LumoUtility.Margin.NONE);
        StatusBadge state = ReviewTexts.state(this, summary.state());
        state.setId("review-state");
        HorizontalLayout top = new HorizontalLayout(heading, state);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        top.setWrap(true);
        body.add(top);
        Paragraph meta = new Paragraph(getTranslation("review.submittedAt", ReviewTexts.when(summary.submittedAt()))
                + (summary.counsellorEmail() == null ? "" : " " + getTranslation("review.to", summary.counsellorEmail())));
        meta.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
        body.add(meta);
        if (summary.note() != null) {
            body.add(quote(getTranslation("review.note"), summary.note(), "review-note-shown"));
        }
        if (summary.decisionNote() != null) {
            body.add(quote(getTranslation("review.decisionNote"), summary.decisionNote(), "review-decision-note"));
        }
        body.add(actions(summary, document));

        Div documentPanel = new Div();
        documentPanel.setId("review-document");
        documentPanel.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.BASE);
        documentPanel.getStyle().set("flex", "3 1 30rem").set("min-width", "0");
        boolean commentable = summary.state() != ReviewState.WITHDRAWN;
        if (document.content() instanceof CvContent cv) {
            cv(documentPanel, cv, byAnchor, commentable);
        } else if (document.content() instanceof CoverLetterContent letter) {
            letter(documentPanel, letter, byAnchor, commentable);
        }

        Div side = new Div(comments(document), matchReport(document.keywordCoverage()), history(detail.history()));
        side.getStyle().set("flex", "2 1 22rem").set("min-width", "0");
        Div columns = new Div(documentPanel, side);
        columns.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)")
                .set("align-items", "flex-start");
        columns.addClassNames(LumoUtility.Margin.Top.MEDIUM);
        body.add(columns);
    }

    private Component quote(String label, String text, String id) {
        Paragraph quote = new Paragraph();
        Span what = new Span(label + " ");
        what.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        quote.add(what, new Span(text));
        quote.setId(id);
        quote.addClassNames(LumoUtility.Margin.Vertical.XSMALL);
        return quote;
    }

    // ---- what the reader may do

    private Component actions(ReviewSummary summary, GeneratedDocument document) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("review-actions");
        actions.setWrap(true);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.END);
        if (detail.reviewer()) {
            if (summary.state().awaitsDecision()) {
                TextArea note = new TextArea(getTranslation("review.decisionNoteField"));
                note.setId("decision-note");
                note.setMaxLength(2000);
                note.setWidth("min(28rem, 100%)");
                Button approve = new Button(getTranslation("review.approve"), VaadinIcon.CHECK.create(),
                        click -> decide("APPROVED", note.getValue()));
                approve.setId("approve-review");
                approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
                Button changes = new Button(getTranslation("review.requestChanges"), VaadinIcon.EDIT.create(),
                        click -> decide("CHANGES_REQUESTED", note.getValue()));
                changes.setId("request-changes");
                actions.add(note, approve, changes);
            }
            return actions;
        }
        RouterLink open = new RouterLink(getTranslation("review.openDocument"), DocumentsView.class);
        open.setQueryParameters(QueryParameters.of("document", String.valueOf(summary.documentId())));
        open.setId("open-document");
        actions.add(open);
        newerVersion(summary, document).ifPresent(newer -> {
            Button resubmit = new Button(getTranslation("review.submitNewVersion", newer.getVersion()),
                    VaadinIcon.UPLOAD.create(), click -> resubmit(summary, newer));
            resubmit.setId("submit-new-version");
            resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(resubmit);
        });
        if (summary.state().open()) {
            Button withdraw = new Button(getTranslation("review.withdraw"), click -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("review.withdrawHeader"),
                        getTranslation("review.withdrawText"), getTranslation("review.withdraw"), yes -> withdraw());
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("common.cancel"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            withdraw.setId("withdraw-review");
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            actions.add(withdraw);
        }
        return actions;
    }

    /** The newest ready version of the document when it is newer than the one submitted here, and not yet sent. */
    private Optional<GeneratedDocument> newerVersion(ReviewSummary summary, GeneratedDocument document) {
        if (summary.state() == ReviewState.RESUBMITTED) {
            return Optional.empty();
        }
        return generation.versions(callerId, document.getId()).stream()
                .filter(v -> v.getStatus() == DocumentStatus.READY)
                .max(Comparator.comparingInt(GeneratedDocument::getVersion))
                .filter(latest -> latest.getVersion() > summary.version());
    }

    private void resubmit(ReviewSummary summary, GeneratedDocument newer) {
        try {
            ReviewSummary submitted = reviews.submit(callerId, newer.getId(), null, summary.counsellorId());
            ProblemNotice.success(getTranslation("review.resubmitted", newer.getVersion()));
            getUI().ifPresent(ui -> ui.navigate(ReviewView.class, parameters(submitted.id())));
        } catch (ApplicationProblem problem) {
            ProblemNotice.show(problem);
            reload();
        }
    }

    private void withdraw() {
        try {
            reviews.withdraw(callerId, reviewId);
            ProblemNotice.success(getTranslation("review.withdrawn"));
        } catch (ApplicationProblem problem) {
            ProblemNotice.show(problem);
        }
        reload();
    }

    private void decide(String decision, String note) {
        try {
            reviews.decide(callerId, reviewId, decision, note);
            ProblemNotice.success(getTranslation("review.decided." + decision));
        } catch (ApplicationProblem problem) {
            ProblemNotice.show(problem);
        }
        reload();
    }

    // ---- the document, every part commentable

    private void cv(Div panel, CvContent cv, Map<String, List<CommentView>> byAnchor, boolean commentable) {
        if (cv.header() != null && cv.header().name() != null) {
            H3 name = new H3(cv.header().name());
            name.addClassNames(LumoUtility.Margin.Top.NONE);
            panel.add(name);
        }
        if (cv.summary() != null && !cv.summary().isBlank()) {
            dev.cvtailor.reviews.entity.Anchor at = new dev.cvtailor.reviews.entity.Anchor("summary", null, null);
            panel.add(sectionHeading("summary", at, cv.summary(), byAnchor, commentable));
            Paragraph summary = new Paragraph(cv.summary());
            summary.setId("review-summary");
            panel.add(summary);
        }
        if (!cv.skills().isEmpty()) {
            String skills = cv.skills().stream().map(CvContent.Skill::name).collect(Collectors.joining(", "));
            panel.add(sectionHeading("skills", new dev.cvtailor.reviews.entity.Anchor("skills", null, null), null,
                    byAnchor, commentable));
            panel.add(new Paragraph(skills));
        }
        for (CvSection section : CvSection.values()) {
            entries(panel, section.anchor, section.entriesOf(cv), byAnchor, commentable);
        }
    }

    private void entries(Div panel, String section, List<CvContent.Entry> entries,
            Map<String, List<CommentView>> byAnchor, boolean commentable) {
        if (entries.isEmpty()) {
            return;
        }
        panel.add(sectionHeading(section, new dev.cvtailor.reviews.entity.Anchor(section, null, null), null, byAnchor,
                commentable));
        for (int e = 0; e < entries.size(); e++) {
            CvContent.Entry entry = entries.get(e);
            dev.cvtailor.reviews.entity.Anchor entryAnchor = new dev.cvtailor.reviews.entity.Anchor(section, e, null);
            Span title = new Span(entryTitle(entry));
            title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            Div line = new Div(title);
            line.addClassName("review-entry");
            addCommentControls(line, entryAnchor, null, byAnchor, commentable);
            panel.add(line);
            UnorderedList bullets = new UnorderedList();
            for (int b = 0; b < entry.bullets().size(); b++) {
                CvContent.Bullet bullet = entry.bullets().get(b);
                dev.cvtailor.reviews.entity.Anchor at = new dev.cvtailor.reviews.entity.Anchor(section, e, b);
                ListItem item = new ListItem();
                item.addClassName("review-bullet");
                mark(item, at);
                Span text = new Span(bullet.text());
                text.addClassName("bullet-text");
                item.add(text);
                addCommentControls(item, at, bullet.text(), byAnchor, commentable);
                Div evidence = new Div();
                evidence.addClassNames(LumoUtility.FontSize.XSMALL);
                for (Long linkId : bullet.evidenceLinkIds()) {
                    EvidenceView link = detail.evidence().get(linkId);
                    if (link != null) {
                        evidence.add(evidenceLink(link));
                    }
                }
                if (evidence.getComponentCount() > 0) {
                    item.add(evidence);
                }
                bullets.add(item);
            }
            panel.add(bullets);
        }
    }

    private void letter(Div panel, CoverLetterContent letter, Map<String, List<CommentView>> byAnchor,
            boolean commentable) {
        if (letter.header() != null && letter.header().name() != null) {
            H3 name = new H3(letter.header().name());
            name.addClassNames(LumoUtility.Margin.Top.NONE);
            panel.add(name);
        }
        for (int p = 0; p < letter.paragraphs().size(); p++) {
            CoverLetterContent.Paragraph paragraph = letter.paragraphs().get(p);
            dev.cvtailor.reviews.entity.Anchor at = new dev.cvtailor.reviews.entity.Anchor("paragraphs", p, null);
            Div text = new Div(new Span(paragraph.text()));
            text.addClassNames("review-paragraph", LumoUtility.Margin.Bottom.MEDIUM);
            mark(text, at);
            addCommentControls(text, at, paragraph.text(), byAnchor, commentable);
            panel.add(text);
        }
        if (letter.closing() != null) {
            dev.cvtailor.reviews.entity.Anchor at = new dev.cvtailor.reviews.entity.Anchor("closing", null, null);
            Div closing = new Div(new Span(letter.closing()));
            closing.addClassName("review-closing");
            mark(closing, at);
            addCommentControls(closing, at, null, byAnchor, commentable);
            panel.add(closing);
        }
    }

    private Component sectionHeading(String section, dev.cvtailor.reviews.entity.Anchor at, String wording,
            Map<String, List<CommentView>> byAnchor, boolean commentable) {
        H4 heading = new H4(getTranslation("preview." + section));
        heading.addClassNames(LumoUtility.Margin.NONE);
        Div line = new Div(heading);
        line.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
        line.addClassNames(LumoUtility.Margin.Top.MEDIUM, LumoUtility.Margin.Bottom.XSMALL, "review-section");
        mark(line, at);
        addCommentControls(line, at, wording, byAnchor, commentable);
        return line;
    }

    /** The comment button of a part, and how many comments it has, with the part's place on the element. */
    private void addCommentControls(com.vaadin.flow.component.HasComponents part, dev.cvtailor.reviews.entity.Anchor at,
            String wording, Map<String, List<CommentView>> byAnchor, boolean commentable) {
        String label = anchorLabel(at);
        if (commentable) {
            Button comment = new Button(VaadinIcon.COMMENT_O.create(), click -> openComment(at, label, wording));
            comment.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
            comment.addClassName("comment-on");
            comment.setAriaLabel(getTranslation("review.commentOn", label));
            comment.setTooltipText(getTranslation("review.commentOn", label));
            mark(comment, at);
            comment.getStyle().set("margin-left", "var(--lumo-space-xs)");
            part.add(comment);
        }
        List<CommentView> here = byAnchor.getOrDefault(key(at), List.of());
        if (!here.isEmpty()) {
            long open = here.stream().filter(c -> !c.resolved()).count();
            StatusBadge count = new StatusBadge(getTranslation("review.commentCount", here.size(), open),
                    open > 0 ? StatusBadge.Tone.WARNING : StatusBadge.Tone.NEUTRAL);
            count.addClassName("anchor-comment-count");
            count.getStyle().set("margin-left", "var(--lumo-space-xs)");
            part.add(count);
        }
    }

    private void openComment(dev.cvtailor.reviews.entity.Anchor at, String label, String wording) {
        boolean suggest = detail.reviewer() && wording != null;
        new CommentDialog(getTranslation("review.commentOn", label), wording, suggest, (text, suggestion) -> {
            try {
                reviews.comment(callerId, reviewId, new CommentDraft(at, text, suggestion, null));
                ProblemNotice.success(getTranslation("comment.saved"));
                reload();
                return true;
            } catch (ApplicationProblem problem) {
                ProblemNotice.show(problem);
                return false;
            }
        }).open();
    }

    private Component evidenceLink(EvidenceView link) {
        Anchor url = new Anchor(link.url(), link.url(), AnchorTarget.BLANK);
        url.getElement().setAttribute("rel", "noopener noreferrer");
        url.getStyle().set("overflow-wrap", "anywhere");
        StatusBadge status = new StatusBadge(getTranslation("evidence." + link.validationStatus().name()),
                switch (link.validationStatus()) {
                    case VALID -> StatusBadge.Tone.SUCCESS;
                    case PENDING -> StatusBadge.Tone.NEUTRAL;
                    case BROKEN, UNREACHABLE, REJECTED -> StatusBadge.Tone.ERROR;
                });
        Div line = new Div(new Span(getTranslation("preview.evidence") + ": "), url, new Span(" "), status);
        line.addClassNames("bullet-evidence", LumoUtility.TextColor.SECONDARY);
        line.getElement().setAttribute("data-status", link.validationStatus().name());
        return line;
    }

    // ---- comments beside the document

    private Component comments(GeneratedDocument document) {
        Div panel = new Div();
        panel.setId("review-comments");
        H4 heading = new H4(getTranslation("review.comments", detail.comments().size()));
        heading.addClassNames(LumoUtility.Margin.Top.NONE);
        panel.add(heading);
        if (detail.comments().isEmpty()) {
            panel.add(new Paragraph(getTranslation(detail.reviewer() ? "review.noCommentsReviewer"
                    : "review.noCommentsOwner")));
        }
        for (CommentView comment : detail.comments()) {
            panel.add(commentCard(comment));
        }
        return panel;
    }

    private Component commentCard(CommentView comment) {
        Div card = new Div();
        card.addClassNames("review-comment", LumoUtility.Padding.SMALL, LumoUtility.Border.ALL,
                LumoUtility.BorderColor.CONTRAST_10, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Margin.Bottom.SMALL);
        card.getElement().setAttribute("data-comment-id", String.valueOf(comment.id()));
        if (comment.resolved()) {
            card.getStyle().set("opacity", "0.85");
        }
        Span where = new Span(getTranslation("comment.on", anchorLabel(comment.anchor())));
        where.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY, "comment-anchor");
        card.add(new Div(where), byline(comment));
        Paragraph text = new Paragraph(comment.text());
        text.addClassNames("comment-text", LumoUtility.Margin.Vertical.XSMALL);
        card.add(text);
        Div refused = new Div();
        refused.addClassNames("suggestion-refused", LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        if (comment.suggestion() != null) {
            card.add(suggestion(comment, refused), refused);
        }
        for (CommentView reply : comment.replies()) {
            Div answer = new Div(byline(reply), new Paragraph(reply.text()));
            answer.addClassNames("comment-reply", LumoUtility.Padding.Left.MEDIUM, LumoUtility.Border.LEFT,
                    LumoUtility.BorderColor.CONTRAST_20, LumoUtility.Margin.Top.XSMALL);
            card.add(answer);
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        actions.addClassNames(LumoUtility.Gap.SMALL);
        actions.setWrap(true);
        if (detail.summary().state() != ReviewState.WITHDRAWN) {
            Button reply = new Button(getTranslation("comment.reply"), click -> new CommentDialog(
                    getTranslation("comment.replyTo", comment.author()), comment.text(), false, (text2, none) -> {
                        try {
                            reviews.comment(callerId, reviewId, new CommentDraft(null, text2, null, comment.id()));
                            reload();
                            return true;
                        } catch (ApplicationProblem problem) {
                            ProblemNotice.show(problem);
                            return false;
                        }
                    }).open());
            reply.addClassName("reply-comment");
            reply.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(reply);
        }
        if (comment.resolved()) {
            actions.add(new StatusBadge(getTranslation("comment.resolved"), StatusBadge.Tone.SUCCESS));
        } else {
            Button resolve = new Button(getTranslation("comment.resolve"), click -> {
                try {
                    reviews.resolve(callerId, reviewId, comment.id());
                } catch (ApplicationProblem problem) {
                    ProblemNotice.show(problem);
                }
                reload();
            });
            resolve.addClassName("resolve-comment");
            resolve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(resolve);
        }
        card.add(actions);
        return card;
    }

    private Component byline(CommentView comment) {
        Span by = new Span(comment.author() + " · " + ReviewTexts.when(comment.createdAt()));
        by.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.FontWeight.SEMIBOLD);
        return new Div(by);
    }

    private Component suggestion(CommentView comment, Div refused) {
        Div block = new Div();
        block.addClassNames("comment-suggestion", LumoUtility.Padding.SMALL, LumoUtility.Background.CONTRAST_5,
                LumoUtility.BorderRadius.SMALL);
        block.getElement().setAttribute("data-suggestion-state", comment.suggestionState().name());
        Span label = new Span(getTranslation("comment.suggested") + " ");
        label.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        Span wording = new Span(comment.suggestion());
        wording.addClassName("suggestion-text");
        block.add(new Div(label, ReviewTexts.suggestionState(this, comment.suggestionState())), new Div(wording));
        if (!detail.reviewer() && comment.suggestionState() == SuggestionState.PENDING) {
            Button accept = new Button(getTranslation("comment.accept"), VaadinIcon.CHECK.create());
            accept.addClassName("accept-suggestion");
            accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            accept.addClickListener(click -> {
                refused.removeAll();
                work.run(accept, () -> reviews.acceptSuggestion(callerId, reviewId, comment.id()), revised -> {
                    ProblemNotice.success(getTranslation("comment.accepted", revised.getVersion()));
                    reload();
                }, problem -> {
                    Paragraph reason = new Paragraph(getTranslation("comment.refused", problem.getMessage()));
                    reason.getElement().setAttribute("role", "alert");
                    refused.add(reason);
                    ProblemNotice.show(problem);
                });
            });
            Button reject = new Button(getTranslation("comment.reject"), click -> {
                try {
                    reviews.rejectSuggestion(callerId, reviewId, comment.id());
                } catch (ApplicationProblem problem) {
                    ProblemNotice.show(problem);
                }
                reload();
            });
            reject.addClassName("reject-suggestion");
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL);
            HorizontalLayout choose = new HorizontalLayout(accept, reject);
            choose.addClassNames(LumoUtility.Margin.Top.XSMALL);
            block.add(choose);
        }
        return block;
    }

    // ---- keyword coverage, evidence and history

    private Component matchReport(KeywordCoverage coverage) {
        Div panel = new Div();
        panel.setId("review-match");
        H4 heading = new H4(getTranslation("review.coverage"));
        panel.add(heading);
        if (coverage == null) {
            panel.add(new Paragraph(getTranslation("review.noCoverage")));
        } else {
            panel.add(new Paragraph(getTranslation("review.coverageRatio", Math.round(coverage.ratio() * 100))));
            panel.add(keywords("review.covered", coverage.covered(), "keyword-covered", VaadinIcon.CHECK_CIRCLE,
                    "var(--lumo-success-text-color)"));
            panel.add(keywords("review.missing", coverage.missing(), "keyword-missing", VaadinIcon.WARNING,
                    "var(--lumo-error-text-color)"));
        }
        if (!detail.evidence().isEmpty()) {
            H4 evidence = new H4(getTranslation("review.evidence"));
            UnorderedList links = new UnorderedList();
            links.setId("review-evidence");
            detail.evidence().values().forEach(link -> links.add(new ListItem(evidenceLink(link))));
            panel.add(evidence, links);
        }
        return panel;
    }

    private Component keywords(String labelKey, List<String> terms, String className, VaadinIcon icon, String colour) {
        Div group = new Div();
        Span label = new Span(getTranslation(labelKey, terms.size()));
        label.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        group.add(label);
        UnorderedList list = new UnorderedList();
        list.getStyle().set("list-style", "none").set("padding-left", "0");
        for (String term : terms) {
            var mark = icon.create();
            mark.setColor(colour);
            mark.setSize("var(--lumo-icon-size-s)");
            mark.getElement().setAttribute("aria-hidden", "true");
            ListItem item = new ListItem(mark, new Span(" " + term));
            item.addClassName(className);
            item.getElement().setAttribute("data-term", term);
            list.add(item);
        }
        if (terms.isEmpty()) {
            list.add(new ListItem(getTranslation("review.none")));
        }
        group.add(list);
        return group;
    }

    private Component history(List<HistoryEntry> history) {
        Div panel = new Div();
        panel.setId("review-history");
        panel.add(new H4(getTranslation("review.history")));
        OrderedList list = new OrderedList();
        for (HistoryEntry entry : history) {
            ListItem item = new ListItem(getTranslation("reviewState." + entry.state().name()) + " · "
                    + ReviewTexts.when(entry.at()) + (entry.by() == null ? "" : " · " + entry.by())
                    + (entry.note() == null ? "" : ": " + entry.note()));
            item.getElement().setAttribute("data-state", entry.state().name());
            list.add(item);
        }
        panel.add(list);
        return panel;
    }

    // ---- anchors

    private static String key(dev.cvtailor.reviews.entity.Anchor at) {
        return at == null ? "" : at.section() + "|" + at.entry() + "|" + at.bullet();
    }

    private static void mark(Component element, dev.cvtailor.reviews.entity.Anchor at) {
        element.getElement().setAttribute("data-section", at.section());
        if (at.entry() != null) {
            element.getElement().setAttribute("data-entry", String.valueOf(at.entry()));
        }
        if (at.bullet() != null) {
            element.getElement().setAttribute("data-bullet", String.valueOf(at.bullet()));
        }
    }

    /** The part as a reader names it: "Experience · Card payments API · bullet 2", "Paragraph 3". */
    String anchorLabel(dev.cvtailor.reviews.entity.Anchor at) {
        if (at == null) {
            return "";
        }
        if ("paragraphs".equals(at.section())) {
            return getTranslation("anchor.paragraph", at.entry() == null ? 1 : at.entry() + 1);
        }
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("anchor." + at.section()));
        if (at.entry() != null) {
            CvContent cv = detail.document().cvContent();
            List<CvContent.Entry> entries = cv == null ? List.of()
                    : CvSection.byAnchor(at.section()).map(section -> section.entriesOf(cv)).orElse(List.of());
            parts.add(at.entry() < entries.size() ? entries.get(at.entry()).title()
                    : getTranslation("anchor.entry", at.entry() + 1));
        }
        if (at.bullet() != null) {
            parts.add(getTranslation("anchor.bullet", at.bullet() + 1));
        }
        return String.join(" · ", parts);
    }

    private static String entryTitle(CvContent.Entry entry) {
        String dates = entry.startedOn() == null ? "" : " (" + entry.startedOn().getYear()
                + (entry.endedOn() == null ? "–" : entry.endedOn().getYear() == entry.startedOn().getYear() ? ""
                : "–" + entry.endedOn().getYear()) + ")";
        return entry.title() + (entry.organisation() == null || entry.organisation().isBlank() ? ""
                : ", " + entry.organisation()) + dates;
    }
}
