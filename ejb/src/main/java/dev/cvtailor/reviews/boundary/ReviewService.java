package dev.cvtailor.reviews.boundary;

import dev.cvtailor.platform.control.FeatureFlags;
import dev.cvtailor.platform.control.FeatureFlags.Feature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.audit.boundary.AuditTrail;
import dev.cvtailor.audit.entity.AuditType;
import dev.cvtailor.audit.entity.Outcome;
import dev.cvtailor.evidence.boundary.EvidenceService;
import dev.cvtailor.evidence.entity.EvidenceView;
import dev.cvtailor.generation.boundary.GenerationService;
import dev.cvtailor.generation.control.DocumentReviser;
import dev.cvtailor.generation.entity.CvContent;
import dev.cvtailor.generation.entity.DocumentKind;
import dev.cvtailor.generation.entity.DocumentStatus;
import dev.cvtailor.generation.entity.GeneratedDocument;
import dev.cvtailor.generation.entity.Rewording;
import dev.cvtailor.notifications.boundary.NotificationService;
import dev.cvtailor.notifications.entity.Notice;
import dev.cvtailor.notifications.entity.NotificationKind;
import dev.cvtailor.organisations.boundary.OrganisationService;
import dev.cvtailor.organisations.entity.Cohort;
import dev.cvtailor.organisations.entity.Membership;
import dev.cvtailor.organisations.entity.OrgRole;
import dev.cvtailor.organisations.entity.ReviewerScope;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.entity.Page;
import dev.cvtailor.reviews.control.CohortFigures;
import dev.cvtailor.reviews.control.InsightsCsv;
import dev.cvtailor.reviews.entity.Anchor;
import dev.cvtailor.reviews.entity.CohortInsights;
import dev.cvtailor.reviews.entity.CommentDraft;
import dev.cvtailor.reviews.entity.CommentView;
import dev.cvtailor.reviews.entity.DocumentRead;
import dev.cvtailor.reviews.entity.DocumentReadView;
import dev.cvtailor.reviews.entity.HistoryEntry;
import dev.cvtailor.reviews.entity.QueueFilter;
import dev.cvtailor.reviews.entity.Review;
import dev.cvtailor.reviews.entity.ReviewComment;
import dev.cvtailor.reviews.entity.ReviewDetail;
import dev.cvtailor.reviews.entity.ReviewEvent;
import dev.cvtailor.reviews.entity.ReviewState;
import dev.cvtailor.reviews.entity.ReviewSummary;
import dev.cvtailor.reviews.entity.SuggestionState;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/**
 * Submissions, comments, suggestions, decisions and the record of who read what: the one door to the reviews
 * component. The owner of a submission and the counsellors and org admins who may review it see it; anyone else
 * gets 404. A party calling what only the other party may do gets 403.
 */
@Stateless
public class ReviewService {

    static final int MAX_NOTIFIED_REVIEWERS = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    FeatureFlags features;

    @Inject
    OrganisationService organisations;

    @Inject
    GenerationService generation;

    @Inject
    EvidenceService evidence;

    @Inject
    AccountService accounts;

    @Inject
    NotificationService notifications;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "cvtailor.public-url", defaultValue = "http://localhost:9080")
    String publicUrl;

    /** How the caller stands towards a review they may see. */
    private record Party(Review review, boolean owner) {
    }

    public ReviewSummary submit(long ownerId, long documentId, String note, Long counsellorId) {
        features.require(Feature.REVIEWS, ownerId);
        GeneratedDocument document = generation.find(ownerId, documentId);
        if (document.getStatus() != DocumentStatus.READY) {
            throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT, "Only a ready document can be submitted");
        }
        Membership membership = organisations.membership(ownerId).orElseThrow(() -> new ApplicationProblem(
                ApplicationProblem.Kind.CONFLICT, "You are not in an organisation, so there is nobody to review it"));
        String cleanNote = optionalText(note, 2000, "note");
        if (counsellorId != null && organisations.reviewerScope(counsellorId)
                .filter(scope -> scope.organisationId() == membership.getOrganisationId()).isEmpty()) {
            throw ApplicationProblem.invalidField("counsellorId", "is not a counsellor of your organisation");
        }
        List<Long> versions = generation.versions(ownerId, documentId).stream().map(GeneratedDocument::getId).toList();
        List<Review> earlier = em.createQuery("select r from Review r where r.ownerId = :owner"
                + " and r.documentId in :versions order by r.submittedAt desc, r.id desc", Review.class)
                .setParameter("owner", ownerId).setParameter("versions", versions).getResultList();
        if (earlier.stream().anyMatch(r -> r.getDocumentId() == documentId && r.getState().open())) {
            throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT, "This version is already submitted");
        }
        Long previous = earlier.isEmpty() ? null : earlier.get(0).getId();
        for (Review open : earlier) {
            if (open.getState().open()) {
                open.close(ReviewState.RESUBMITTED);
                em.persist(new ReviewEvent(open.getId(), ReviewState.RESUBMITTED, ownerId,
                        "version " + document.getVersion() + " submitted in its place"));
            }
        }
        Review review = new Review(membership.getOrganisationId(), ownerId, documentId, document.getVersion(),
                document.getKind(), counsellorId, previous, cleanNote);
        em.persist(review);
        em.flush();
        em.persist(new ReviewEvent(review.getId(), ReviewState.SUBMITTED, ownerId, cleanNote));
        generation.save(ownerId, documentId, true);
        String owner = accounts.find(ownerId).email();
        List<Long> reviewers = counsellorId != null ? List.of(counsellorId) : organisations.reviewersOf(ownerId);
        reviewers.stream().limit(MAX_NOTIFIED_REVIEWERS).forEach(reviewer -> notifications.notify(new Notice(reviewer,
                NotificationKind.SUBMITTED, review.getId(), owner + " submitted " + what(review) + " for review",
                "A " + kindName(review) + " is waiting for your review",
                owner + " submitted " + what(review) + " for review" + (cleanNote == null ? "" : ":\n\n" + cleanNote)
                        + "\n\nOpen it: " + link(review) + "\n")));
        audit.record(ownerId, AuditType.REVIEW_SUBMITTED, Outcome.SUCCESS, "review " + review.getId() + " of document "
                + documentId);
        return summaries(List.of(review)).get(0);
    }

    /** The caller's own submissions, or their organisation's queue (oldest first), filtered. */
    public Page<ReviewSummary> list(long callerId, QueueFilter filter) {
        int size = Math.max(1, Math.min(filter.size(), Page.MAX_SIZE));
        int page = Math.max(0, filter.page());
        Optional<ReviewerScope> scope = organisations.reviewerScope(callerId);
        StringBuilder where = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.mine() || scope.isEmpty()) {
            if (!filter.mine() && filter.cohortId() != null) {
                throw forbidden("Only counsellors and org admins see a cohort's submissions");
            }
            where.append("r.ownerId = :caller");
            parameters.put("caller", callerId);
        } else {
            ReviewerScope reviewer = scope.get();
            Set<Long> owners = new HashSet<>(filter.cohortId() != null
                    ? organisations.memberIds(reviewer.organisationId(), filter.cohortId())
                    : organisations.memberIds(reviewer.organisationId(), null));
            if (filter.cohortId() != null) {
                organisations.cohort(reviewer.organisationId(), filter.cohortId());
            }
            if (reviewer.limitedToCohorts()) {
                Set<Long> mine = new HashSet<>();
                reviewer.cohortIds().forEach(cohort -> mine.addAll(organisations.memberIds(reviewer.organisationId(),
                        cohort)));
                owners.retainAll(mine);
            }
            if (owners.isEmpty()) {
                return new Page<>(List.of(), page, size, 0);
            }
            where.append("r.organisationId = :org and r.ownerId in :owners");
            parameters.put("org", reviewer.organisationId());
            parameters.put("owners", owners);
        }
        if (filter.state() != null) {
            where.append(" and r.state = :state");
            parameters.put("state", filter.state());
        } else if (!filter.mine() && scope.isPresent()) {
            where.append(" and r.state in :waiting");
            parameters.put("waiting", List.of(ReviewState.SUBMITTED, ReviewState.IN_REVIEW));
        }
        if (filter.minAgeHours() != null && filter.minAgeHours() > 0) {
            where.append(" and r.submittedAt <= :before");
            parameters.put("before", Instant.now().minus(Duration.ofHours(filter.minAgeHours())));
        }
        String order = filter.mine() || scope.isEmpty() ? " order by r.submittedAt desc, r.id desc"
                : " order by r.submittedAt, r.id";
        TypedQuery<Review> items = em.createQuery("select r from Review r where " + where + order, Review.class);
        TypedQuery<Long> total = em.createQuery("select count(r) from Review r where " + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            total.setParameter(name, value);
        });
        List<Review> found = items.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new Page<>(summaries(found), page, size, total.getSingleResult());
    }

    /**
     * The submission with its document, evidence, comments and history. A counsellor's opening is recorded for the
     * member to see and moves a new submission into review.
     */
    public ReviewDetail open(long callerId, long reviewId) {
        Party party = party(callerId, reviewId);
        Review review = party.review();
        if (!party.owner()) {
            if (review.startReview(callerId)) {
                em.persist(new ReviewEvent(reviewId, ReviewState.IN_REVIEW, callerId, null));
            }
            em.persist(new DocumentRead(reviewId, review.getOwnerId(), callerId, accounts.find(callerId).email()));
            audit.record(callerId, AuditType.DOCUMENT_READ, Outcome.SUCCESS, "document " + review.getDocumentId()
                    + " of user " + review.getOwnerId() + " in review " + reviewId);
        }
        return detail(party);
    }

    /**
     * The submission as {@link #open} shows it, read again without recording another reading: for a view that
     * opened it (and recorded that) and shows it anew after a comment, a decision or an accepted suggestion.
     */
    public ReviewDetail reload(long callerId, long reviewId) {
        return detail(party(callerId, reviewId));
    }

    private ReviewDetail detail(Party party) {
        Review review = party.review();
        GeneratedDocument document = generation.find(review.getOwnerId(), review.getDocumentId());
        return new ReviewDetail(summaries(List.of(review)).get(0), document, evidenceOf(review.getOwnerId(), document),
                comments(review.getId()), history(review.getId()), !party.owner());
    }

    public ReviewComment comment(long callerId, long reviewId, CommentDraft draft) {
        Party party = party(callerId, reviewId);
        Review review = party.review();
        if (draft == null) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "A comment is required in the body");
        }
        if (review.getState() == ReviewState.WITHDRAWN) {
            throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT, "The submission was withdrawn");
        }
        String text = optionalText(draft.text(), 4000, "text");
        if (text == null) {
            throw ApplicationProblem.invalidField("text", "must be 1 to 4000 characters");
        }
        String suggestion = optionalText(draft.suggestion(), 2000, "suggestion");
        Anchor anchor = draft.anchor();
        Long parentId = null;
        if (draft.parentId() != null) {
            ReviewComment parent = commentOf(reviewId, draft.parentId());
            parentId = parent.getParentId() != null ? parent.getParentId() : parent.getId();
            anchor = parent.anchor();
        }
        GeneratedDocument document = generation.find(review.getOwnerId(), review.getDocumentId());
        if (anchor == null || !DocumentReviser.exists(document, anchor.section(), anchor.entry(), anchor.bullet())) {
            throw ApplicationProblem.invalidField("anchor", "must name a section, entry or bullet of this document");
        }
        if (suggestion != null) {
            if (party.owner()) {
                throw forbidden("Only a counsellor suggests wordings; write your change as a reply");
            }
            if (parentId != null || !DocumentReviser.rewordable(anchor.section(), anchor.entry(), anchor.bullet())) {
                throw ApplicationProblem.invalidField("suggestion",
                        "can only replace a bullet, the summary or a paragraph, in a new comment");
            }
        }
        if (!party.owner() && review.startReview(callerId)) {
            em.persist(new ReviewEvent(reviewId, ReviewState.IN_REVIEW, callerId, null));
        }
        ReviewComment comment = new ReviewComment(reviewId, parentId, callerId, anchor, text, suggestion);
        em.persist(comment);
        em.flush();
        String author = accounts.find(callerId).email();
        Long recipient = party.owner() ? review.getCounsellorId() : Long.valueOf(review.getOwnerId());
        if (recipient != null && recipient != callerId) {
            notifications.notify(new Notice(recipient, NotificationKind.COMMENT, reviewId,
                    author + " commented on " + what(review), "New comment on " + what(review),
                    author + " wrote on " + where(anchor) + ":\n\n" + text
                            + (suggestion == null ? "" : "\n\nSuggested wording: " + suggestion)
                            + "\n\nOpen it: " + link(review) + "\n"));
        }
        return comment;
    }

    public ReviewComment resolve(long callerId, long reviewId, long commentId) {
        party(callerId, reviewId);
        ReviewComment comment = commentOf(reviewId, commentId);
        comment.resolve();
        return comment;
    }

    /**
     * The owner takes a suggested wording: a new version of the document, checked by the claim verifier like any
     * generated text (422 when the owner's artifacts do not support it, and nothing changes).
     */
    public GeneratedDocument acceptSuggestion(long callerId, long reviewId, long commentId) {
        Review review = ownerOnly(callerId, reviewId, "Only the document's owner accepts a suggestion");
        ReviewComment comment = pendingSuggestion(reviewId, commentId);
        GeneratedDocument base = workingVersion(review);
        Anchor at = comment.anchor();
        GeneratedDocument revised = generation.revise(review.getOwnerId(), base.getId(),
                new Rewording(at.section(), at.entry(), at.bullet(), comment.getSuggestion()));
        comment.settleSuggestion(SuggestionState.ACCEPTED);
        return revised;
    }

    public ReviewComment rejectSuggestion(long callerId, long reviewId, long commentId) {
        ownerOnly(callerId, reviewId, "Only the document's owner rejects a suggestion");
        ReviewComment comment = pendingSuggestion(reviewId, commentId);
        comment.settleSuggestion(SuggestionState.REJECTED);
        return comment;
    }

    public Review decide(long callerId, long reviewId, String decisionName, String note) {
        Party party = party(callerId, reviewId);
        if (party.owner()) {
            throw forbidden("Only a counsellor decides on a submission");
        }
        ReviewState decision = decisionName == null ? null : switch (decisionName.strip().toUpperCase(Locale.ROOT)) {
            case "APPROVED" -> ReviewState.APPROVED;
            case "CHANGES_REQUESTED" -> ReviewState.CHANGES_REQUESTED;
            default -> null;
        };
        if (decision == null) {
            throw ApplicationProblem.invalidField("decision", "must be APPROVED or CHANGES_REQUESTED");
        }
        String cleanNote = optionalText(note, 2000, "note");
        Review review = party.review();
        if (!review.getState().awaitsDecision()) {
            throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT,
                    "The submission is " + review.getState() + "; only a waiting one can be decided");
        }
        review.decide(decision, callerId, cleanNote);
        em.persist(new ReviewEvent(reviewId, decision, callerId, cleanNote));
        boolean approved = decision == ReviewState.APPROVED;
        String counsellor = accounts.find(callerId).email();
        notifications.notify(new Notice(review.getOwnerId(),
                approved ? NotificationKind.APPROVED : NotificationKind.CHANGES_REQUESTED, reviewId,
                counsellor + (approved ? " approved " : " asked for changes to ") + what(review),
                (approved ? "Approved: " : "Changes requested: ") + what(review),
                counsellor + (approved ? " approved " : " asked for changes to ") + what(review)
                        + (cleanNote == null ? "." : ":\n\n" + cleanNote) + "\n\nOpen it: " + link(review) + "\n"));
        audit.record(callerId, AuditType.REVIEW_DECISION, Outcome.SUCCESS, decision + " review " + reviewId);
        return review;
    }

    public Review withdraw(long callerId, long reviewId) {
        Review review = ownerOnly(callerId, reviewId, "Only the document's owner withdraws a submission");
        if (!review.getState().open()) {
            throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT,
                    "The submission is " + review.getState() + "; only an open one can be withdrawn");
        }
        review.close(ReviewState.WITHDRAWN);
        em.persist(new ReviewEvent(reviewId, ReviewState.WITHDRAWN, callerId, null));
        return review;
    }

    /** Who opened the member's submitted documents, newest first. */
    public List<DocumentReadView> documentReads(long ownerId) {
        List<DocumentRead> reads = em.createQuery("select d from DocumentRead d where d.ownerId = :owner"
                + " order by d.readAt desc", DocumentRead.class).setParameter("owner", ownerId).setMaxResults(500)
                .getResultList();
        Map<Long, Review> reviews = new HashMap<>();
        reads.stream().map(DocumentRead::getReviewId).distinct()
                .forEach(id -> reviews.put(id, em.find(Review.class, id)));
        return reads.stream().map(read -> {
            Review review = reviews.get(read.getReviewId());
            return new DocumentReadView(review.getId(), review.getDocumentId(), review.getDocumentVersion(),
                    review.getDocumentKind(), read.getReaderEmail(), read.getReadAt());
        }).toList();
    }

    /** Everything of the member's submissions, with the comments they received: for their personal-data export. */
    public List<ReviewDetail> submissionsOf(long ownerId) {
        List<Review> reviews = em.createQuery("select r from Review r where r.ownerId = :owner order by r.id",
                Review.class).setParameter("owner", ownerId).getResultList();
        List<ReviewSummary> summaries = summaries(reviews);
        List<ReviewDetail> details = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            long id = reviews.get(i).getId();
            details.add(new ReviewDetail(summaries.get(i), null, Map.of(), comments(id), history(id), false));
        }
        return details;
    }

    /** Whether the version has been approved in the organisation the owner belongs to now. */
    public boolean approved(long ownerId, long organisationId, long documentId) {
        return !em.createQuery("select r.id from Review r where r.ownerId = :owner and r.organisationId = :org"
                + " and r.documentId = :document and r.state = :approved", Long.class)
                .setParameter("owner", ownerId).setParameter("org", organisationId)
                .setParameter("document", documentId).setParameter("approved", ReviewState.APPROVED)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Each cohort's insights (or one cohort's), for org admins and the counsellors of those cohorts. */
    public List<CohortInsights> insights(long callerId, long organisationId, Long cohortId) {
        OrgRole role = organisations.roleIn(callerId, organisationId);
        if (role == OrgRole.MEMBER) {
            throw forbidden("Only counsellors and org admins see insights");
        }
        List<Cohort> cohorts = cohortId != null ? List.of(organisations.cohort(organisationId, cohortId))
                : organisations.cohorts(callerId, organisationId);
        Optional<ReviewerScope> scope = organisations.reviewerScope(callerId);
        if (role == OrgRole.COUNSELLOR && scope.isPresent() && scope.get().limitedToCohorts()) {
            Set<Long> allowed = scope.get().cohortIds();
            if (cohortId != null && !allowed.contains(cohortId)) {
                throw forbidden("Your organisation lets you see only your own cohorts");
            }
            cohorts = cohorts.stream().filter(c -> allowed.contains(c.getId())).toList();
        }
        List<CohortInsights> insights = new ArrayList<>();
        for (Cohort cohort : cohorts) {
            List<Long> members = organisations.memberIds(organisationId, cohort.getId());
            insights.add(CohortFigures.of(cohort.getId(), cohort.getName(), members,
                    members.size() < CohortInsights.MIN_MEMBERS ? Map.of() : generation.documentsOf(members),
                    members.size() < CohortInsights.MIN_MEMBERS ? List.of() : reviewsBy(organisationId, members),
                    members.size() < CohortInsights.MIN_MEMBERS ? new long[2] : evidence.validAmong(members)));
        }
        return insights;
    }

    /** The same insights as a CSV download. */
    public String insightsCsv(long callerId, long organisationId, Long cohortId) {
        return InsightsCsv.of(insights(callerId, organisationId, cohortId));
    }

    // ---- internals

    private List<Review> reviewsBy(long organisationId, List<Long> owners) {
        List<Review> found = new ArrayList<>();
        for (int from = 0; from < owners.size(); from += 1000) {
            found.addAll(em.createQuery("select r from Review r where r.organisationId = :org and r.ownerId in :owners"
                    + " and r.state <> :withdrawn", Review.class)
                    .setParameter("org", organisationId)
                    .setParameter("owners", owners.subList(from, Math.min(owners.size(), from + 1000)))
                    .setParameter("withdrawn", ReviewState.WITHDRAWN)
                    .getResultList());
        }
        return found;
    }

    /** The caller as owner or as a counsellor who may review it; anyone else gets 404. */
    private Party party(long callerId, long reviewId) {
        Review review = em.find(Review.class, reviewId);
        if (review == null) {
            throw ApplicationProblem.notFound("Review");
        }
        if (review.isOwnedBy(callerId)) {
            return new Party(review, true);
        }
        Optional<ReviewerScope> scope = organisations.reviewerScope(callerId);
        boolean reviewer = scope.isPresent() && scope.get().organisationId() == review.getOrganisationId()
                && (organisations.mayReview(scope.get(), review.getOwnerId())
                        || Long.valueOf(callerId).equals(review.getCounsellorId())
                                && organisations.membership(review.getOwnerId())
                                        .filter(m -> m.getOrganisationId() == review.getOrganisationId()).isPresent());
        if (!reviewer) {
            throw ApplicationProblem.notFound("Review");
        }
        return new Party(review, false);
    }

    private Review ownerOnly(long callerId, long reviewId, String refusal) {
        Party party = party(callerId, reviewId);
        if (!party.owner()) {
            throw forbidden(refusal);
        }
        return party.review();
    }

    private ReviewComment commentOf(long reviewId, long commentId) {
        ReviewComment comment = em.find(ReviewComment.class, commentId);
        if (comment == null || comment.getReviewId() != reviewId) {
            throw ApplicationProblem.notFound("Comment");
        }
        return comment;
    }

    private ReviewComment pendingSuggestion(long reviewId, long commentId) {
        ReviewComment comment = commentOf(reviewId, commentId);
        if (comment.getSuggestion() == null || comment.getSuggestionState() != SuggestionState.PENDING) {
            throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT,
                    "This comment has no open suggestion to accept or reject");
        }
        return comment;
    }

    /**
     * The version a suggestion applies to: the newest version made by accepting suggestions since the submission
     * (so several suggestions add up), else the submitted version itself.
     */
    private GeneratedDocument workingVersion(Review review) {
        GeneratedDocument submitted = generation.find(review.getOwnerId(), review.getDocumentId());
        List<GeneratedDocument> versions = generation.versions(review.getOwnerId(), review.getDocumentId());
        GeneratedDocument working = submitted;
        for (GeneratedDocument version : versions) {
            if (version.getVersion() == working.getVersion() + 1 && version.getCreatedAt().isAfter(review.getSubmittedAt())
                    && version.getGeneratorNote() != null
                    && version.getGeneratorNote().startsWith("Version " + working.getVersion() + " with a reviewer")) {
                working = version;
            }
        }
        return working;
    }

    private List<ReviewSummary> summaries(List<Review> reviews) {
        Set<Long> people = new HashSet<>();
        reviews.forEach(r -> {
            people.add(r.getOwnerId());
            if (r.getCounsellorId() != null) {
                people.add(r.getCounsellorId());
            }
        });
        Map<Long, String> emails = people.isEmpty() ? Map.of() : accounts.emailsOf(people);
        return reviews.stream().map(r -> new ReviewSummary(r.getId(), r.getDocumentId(), r.getDocumentVersion(),
                r.getDocumentKind(), r.getOwnerId(), emails.get(r.getOwnerId()), r.getState(), r.getCounsellorId(),
                r.getCounsellorId() == null ? null : emails.get(r.getCounsellorId()), r.getPreviousId(), r.getNote(),
                r.getDecisionNote(), r.getSubmittedAt(), r.getUpdatedAt())).toList();
    }

    private List<CommentView> comments(long reviewId) {
        List<ReviewComment> all = em.createQuery("select c from ReviewComment c where c.reviewId = :review"
                + " order by c.createdAt, c.id", ReviewComment.class).setParameter("review", reviewId).getResultList();
        Map<Long, String> authors = accounts.emailsOf(all.stream().map(ReviewComment::getAuthorId)
                .filter(id -> id != null).toList());
        Map<Long, List<CommentView>> replies = new HashMap<>();
        all.stream().filter(c -> c.getParentId() != null).forEach(c -> replies
                .computeIfAbsent(c.getParentId(), id -> new ArrayList<>()).add(view(c, authors, List.of())));
        return all.stream().filter(c -> c.getParentId() == null)
                .map(c -> view(c, authors, replies.getOrDefault(c.getId(), List.of()))).toList();
    }

    private static CommentView view(ReviewComment c, Map<Long, String> authors, List<CommentView> replies) {
        return new CommentView(c.getId(), c.anchor(), c.getText(), c.getSuggestion(), c.getSuggestionState(),
                c.getAuthorId(), c.getAuthorId() == null ? "a former user" : authors.get(c.getAuthorId()),
                c.isResolved(), c.getCreatedAt(), replies);
    }

    private List<HistoryEntry> history(long reviewId) {
        List<ReviewEvent> events = em.createQuery("select e from ReviewEvent e where e.reviewId = :review"
                + " order by e.at, e.id", ReviewEvent.class).setParameter("review", reviewId).getResultList();
        Map<Long, String> people = accounts.emailsOf(events.stream().map(ReviewEvent::getByUserId)
                .filter(id -> id != null).toList());
        return events.stream().map(e -> new HistoryEntry(e.getState(), e.getAt(),
                e.getByUserId() == null ? null : people.get(e.getByUserId()), e.getNote())).toList();
    }

    /** The owner's evidence links the document's bullets cite, by id. */
    private Map<Long, EvidenceView> evidenceOf(long ownerId, GeneratedDocument document) {
        CvContent cv = document.cvContent();
        if (cv == null) {
            return Map.of();
        }
        Set<Long> artifactIds = new HashSet<>();
        Set<Long> linkIds = new HashSet<>();
        cv.entries().flatMap(entry -> entry.bullets().stream()).forEach(bullet -> {
                    artifactIds.add(bullet.artifactId());
                    linkIds.addAll(bullet.evidenceLinkIds());
                });
        Map<Long, EvidenceView> cited = new LinkedHashMap<>();
        evidence.linksOf(ownerId, artifactIds).values().stream().flatMap(List::stream)
                .filter(link -> linkIds.contains(link.id())).forEach(link -> cited.put(link.id(), link));
        return cited;
    }

    private String link(Review review) {
        return publicUrl.replaceAll("/+$", "") + "/reviews/" + review.getId();
    }

    private static String what(Review review) {
        return "version " + review.getDocumentVersion() + " of a " + kindName(review);
    }

    private static String kindName(Review review) {
        return review.getDocumentKind() == DocumentKind.CV ? "CV" : "cover letter";
    }

    private static String where(Anchor anchor) {
        return anchor.section() + (anchor.entry() == null ? "" : ", entry " + (anchor.entry() + 1))
                + (anchor.bullet() == null ? "" : ", bullet " + (anchor.bullet() + 1));
    }

    private static String optionalText(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            throw ApplicationProblem.invalidField(field, "must have at most " + max + " characters");
        }
        return text.strip();
    }

    private static ApplicationProblem forbidden(String message) {
        return new ApplicationProblem(ApplicationProblem.Kind.FORBIDDEN, message);
    }
}
