package dev.cvtailor.organisations.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.accounts.entity.Account;
import dev.cvtailor.accounts.entity.Role;
import dev.cvtailor.accounts.entity.User;
import dev.cvtailor.audit.boundary.AuditTrail;
import dev.cvtailor.audit.entity.AuditType;
import dev.cvtailor.audit.entity.Outcome;
import dev.cvtailor.notifications.boundary.NotificationService;
import dev.cvtailor.notifications.entity.Mail;
import dev.cvtailor.organisations.control.InvitationCsv;
import dev.cvtailor.platform.control.SecretTokens;
import dev.cvtailor.organisations.control.LogoSanitiser;
import dev.cvtailor.organisations.entity.BulkInvitationReport;
import dev.cvtailor.organisations.entity.BulkInvitationReport.LineError;
import dev.cvtailor.organisations.entity.Cohort;
import dev.cvtailor.organisations.entity.CohortMember;
import dev.cvtailor.organisations.entity.Colleague;
import dev.cvtailor.organisations.entity.DirectoryMembership;
import dev.cvtailor.organisations.entity.Invitation;
import dev.cvtailor.organisations.entity.InvitationRow;
import dev.cvtailor.organisations.entity.IssuedInvitation;
import dev.cvtailor.organisations.entity.Logo;
import dev.cvtailor.organisations.entity.MemberView;
import dev.cvtailor.organisations.entity.Membership;
import dev.cvtailor.organisations.entity.OrgChange;
import dev.cvtailor.organisations.entity.OrgMembership;
import dev.cvtailor.organisations.entity.OrgRole;
import dev.cvtailor.organisations.entity.OrgSettings;
import dev.cvtailor.organisations.entity.Organisation;
import dev.cvtailor.organisations.entity.ReviewerScope;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.entity.Page;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/**
 * Organisations, their members, cohorts and invitations: the one door to the organisations component. Every
 * method takes the caller's id and checks their role here: an outsider gets 404, a known caller without the role
 * 403. Installation admins create organisations and may manage any of them, but read no member's documents.
 */
@Stateless
public class OrganisationService {

    public static final int MAX_LOGO_BYTES = LogoSanitiser.MAX_BYTES;
    static final Duration INVITATION_LIFETIME = Duration.ofDays(7);
    static final List<String> TEMPLATES = List.of("classic", "modern", "compact");
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$");
    private static final Pattern COLOUR = Pattern.compile("^#[0-9a-fA-F]{6}$");

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    NotificationService notifications;

    @Inject
    SecretTokens tokens;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "cvtailor.public-url", defaultValue = "http://localhost:9080")
    String publicUrl;

    /** How the caller stands towards one organisation. */
    private record Standing(Organisation organisation, OrgRole role, boolean installationAdmin) {

        boolean manages() {
            return role == OrgRole.ORG_ADMIN || installationAdmin;
        }
    }

    public Organisation create(long callerId, String name, String slug) {
        requireInstallationAdmin(callerId);
        String cleanName = requiredName(name, "name");
        String cleanSlug = slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT);
        if (!SLUG.matcher(cleanSlug).matches()) {
            throw ApplicationProblem.invalidField("slug",
                    "must be 1 to 64 lower-case letters, digits and inner hyphens, e.g. uni-careers");
        }
        if (!em.createNamedQuery(Organisation.BY_SLUG, Organisation.class).setParameter("slug", cleanSlug)
                .getResultList().isEmpty()) {
            throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT, "An organisation with this slug exists");
        }
        Organisation organisation = new Organisation(cleanName, cleanSlug);
        em.persist(organisation);
        em.flush();
        audit.record(callerId, AuditType.ORGANISATION_CHANGE, Outcome.SUCCESS,
                "created organisation " + organisation.getId());
        return organisation;
    }

    /** Every organisation, for installation admins; the caller's own one for anyone else. */
    public List<Organisation> visible(long callerId) {
        if (isInstallationAdmin(callerId)) {
            return em.createNamedQuery(Organisation.ALL, Organisation.class).getResultList();
        }
        return membership(callerId).map(m -> List.of(em.find(Organisation.class, m.getOrganisationId())))
                .orElse(List.of());
    }

    /** The organisation, for its members (any role) and installation admins. */
    public Organisation find(long callerId, long organisationId) {
        return standing(callerId, organisationId).organisation();
    }

    /** The caller's role in the organisation, or null for an installation admin who is not a member. */
    public OrgRole roleIn(long callerId, long organisationId) {
        return standing(callerId, organisationId).role();
    }

    public Organisation update(long callerId, long organisationId, OrgChange change) {
        Standing standing = managing(callerId, organisationId);
        Organisation organisation = standing.organisation();
        if (change == null) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "A change is required in the body");
        }
        if (change.name() != null) {
            organisation.rename(requiredName(change.name(), "name"));
        }
        if (change.settings() != null) {
            OrgSettings settings = change.settings().applyTo(organisation.settings());
            if (settings.defaultTemplate() != null && !TEMPLATES.contains(settings.defaultTemplate())) {
                throw ApplicationProblem.invalidField("settings.defaultTemplate", "must be one of " + TEMPLATES);
            }
            organisation.configure(settings);
        }
        if (change.accentColour() != null) {
            String colour = change.accentColour().strip();
            if (!colour.isEmpty() && !COLOUR.matcher(colour).matches()) {
                throw ApplicationProblem.invalidField("branding.accentColour", "must be a colour like #1a73e8");
            }
            organisation.brand(colour.isEmpty() ? null : colour.toLowerCase(Locale.ROOT));
        }
        audit.record(callerId, AuditType.ORGANISATION_CHANGE, Outcome.SUCCESS, "changed organisation " + organisationId);
        return organisation;
    }

    public Organisation setLogo(long callerId, long organisationId, byte[] bytes) {
        Organisation organisation = managing(callerId, organisationId).organisation();
        Logo logo = LogoSanitiser.sanitise(bytes);
        organisation.useLogo(logo.bytes(), logo.mediaType());
        return organisation;
    }

    /** The organisation's logo, for anyone who may see the organisation. */
    public Optional<Logo> logo(long callerId, long organisationId) {
        Organisation organisation = find(callerId, organisationId);
        return organisation.hasLogo() ? Optional.of(new Logo(organisation.getLogo(), organisation.getLogoMediaType()))
                : Optional.empty();
    }

    // ---- invitations

    public IssuedInvitation invite(long callerId, long organisationId, String email, String roleName,
            List<Long> cohortIds) {
        Standing standing = managing(callerId, organisationId);
        String normalised = User.normalise(email);
        if (!AccountService.isValidEmail(normalised)) {
            throw ApplicationProblem.invalidField("email", "must be a valid email address");
        }
        OrgRole role = OrgRole.parse(roleName);
        if (role == null) {
            throw ApplicationProblem.invalidField("role", "must be MEMBER, COUNSELLOR or ORG_ADMIN");
        }
        List<Long> cohorts = ownCohorts(organisationId, cohortIds);
        pendingFor(organisationId, normalised).forEach(old -> old.expireNow());
        return issue(standing.organisation(), callerId, normalised, role, cohorts);
    }

    /**
     * Invites everyone a CSV names ({@code email,role,cohort}); each line succeeds or fails on its own and a failure
     * names its line. Cohorts named are created when missing. A line that asks for what already is (a pending
     * invitation or a membership with that role and cohort) changes nothing, so the same file twice invites once.
     */
    public BulkInvitationReport inviteAll(long callerId, long organisationId, String csv) {
        Standing standing = managing(callerId, organisationId);
        List<InvitationRow> rows = InvitationCsv.read(csv);
        Map<String, Account> accountsByEmail = accounts.findByEmails(rows.stream().map(InvitationRow::email)
                .filter(e -> e != null && !e.isBlank()).toList());
        Map<Long, Membership> memberships = membershipsOf(accountsByEmail.values().stream().map(Account::id).toList());
        Map<String, List<Invitation>> pending = new HashMap<>();
        em.createNamedQuery(Invitation.PENDING_OF, Invitation.class).setParameter("org", organisationId)
                .setParameter("now", Instant.now()).getResultStream()
                .forEach(i -> pending.computeIfAbsent(i.getEmail(), e -> new ArrayList<>()).add(i));
        Map<String, Cohort> cohorts = new HashMap<>();
        cohortsOf(organisationId).forEach(c -> cohorts.put(Cohort.key(c.getName()), c));
        Map<String, Long> seen = new HashMap<>();
        int created = 0;
        int unchanged = 0;
        List<LineError> errors = new ArrayList<>();
        for (InvitationRow row : rows) {
            String email = User.normalise(row.email());
            OrgRole role = OrgRole.parse(row.role());
            if (!AccountService.isValidEmail(email)) {
                errors.add(new LineError(row.line(), "\"" + row.email() + "\" is not a valid email address"));
                continue;
            }
            if (role == null) {
                errors.add(new LineError(row.line(), "the role \"" + row.role()
                        + "\" is not one of member, counsellor, org_admin"));
                continue;
            }
            if (row.cohort() != null && row.cohort().length() > 200) {
                errors.add(new LineError(row.line(), "the cohort name is longer than 200 characters"));
                continue;
            }
            Long earlier = seen.putIfAbsent(email, row.line());
            if (earlier != null) {
                errors.add(new LineError(row.line(), email + " is already on line " + earlier));
                continue;
            }
            Cohort cohort = row.cohort() == null || row.cohort().isBlank() ? null
                    : cohorts.computeIfAbsent(Cohort.key(row.cohort()), key -> newCohort(organisationId,
                            row.cohort(), List.of()));
            List<Long> cohortIds = cohort == null ? List.of() : List.of(cohort.getId());
            Account account = accountsByEmail.get(email);
            Membership membership = account == null ? null : memberships.get(account.id());
            if (membership != null && membership.getOrganisationId() == organisationId) {
                if (membership.getRole() == role && (cohort == null || inCohort(cohort.getId(), account.id()))) {
                    unchanged++;
                } else {
                    errors.add(new LineError(row.line(), email + " is already a member with role "
                            + membership.getRole() + "; change their role or cohorts on the members page"));
                }
                continue;
            }
            List<Invitation> open = pending.getOrDefault(email, List.of());
            if (open.stream().anyMatch(i -> i.getRole() == role && new HashSet<>(i.cohortIds()).equals(
                    new HashSet<>(cohortIds)))) {
                unchanged++;
                continue;
            }
            open.forEach(Invitation::expireNow);
            issue(standing.organisation(), callerId, email, role, cohortIds);
            created++;
        }
        audit.record(callerId, AuditType.ORGANISATION_CHANGE, Outcome.SUCCESS, "bulk invitation to organisation "
                + organisationId + ": " + created + " created, " + unchanged + " unchanged, " + errors.size() + " errors");
        return new BulkInvitationReport(created, unchanged, errors);
    }

    public List<Invitation> pendingInvitations(long callerId, long organisationId) {
        managing(callerId, organisationId);
        return em.createNamedQuery(Invitation.PENDING_OF, Invitation.class).setParameter("org", organisationId)
                .setParameter("now", Instant.now()).setMaxResults(Page.MAX_SIZE * 50).getResultList();
    }

    /** Withdraws a pending invitation: its link stops working at once. */
    public void revokeInvitation(long callerId, long organisationId, long invitationId) {
        managing(callerId, organisationId);
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation == null || invitation.getOrganisationId() != organisationId) {
            throw ApplicationProblem.notFound("Invitation");
        }
        invitation.expireNow();
    }

    /** What an invitation offers, for the page its link opens (nothing about anyone else). */
    public Optional<Invitation> invitation(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(Invitation.BY_TOKEN_HASH, Invitation.class)
                .setParameter("hash", SecretTokens.hash(token.strip())).getResultStream().findFirst();
    }

    public String organisationName(long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        return organisation == null ? "" : organisation.getName();
    }

    /** The signed-in user takes up an invitation sent to their email: single use, within its 7 days. */
    public OrgMembership accept(long userId, String token) {
        Invitation invitation = invitation(token).orElseThrow(() -> ApplicationProblem.notFound("Invitation"));
        if (!invitation.usable(Instant.now())) {
            throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT,
                    "This invitation has been used or has expired; ask your organisation for a new one");
        }
        Account account = accounts.find(userId);
        if (!account.email().equals(invitation.getEmail())) {
            throw new ApplicationProblem(ApplicationProblem.Kind.FORBIDDEN,
                    "This invitation was sent to another email address; sign in with that address to accept it");
        }
        Organisation organisation = em.find(Organisation.class, invitation.getOrganisationId());
        Optional<Membership> current = membership(userId);
        if (current.isPresent() && current.get().getOrganisationId() != organisation.getId()) {
            throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT,
                    "You already belong to another organisation; leave it before joining this one");
        }
        Membership membership = current.orElseGet(() -> {
            Membership joined = new Membership(userId, organisation.getId(), invitation.getRole());
            em.persist(joined);
            return joined;
        });
        membership.changeRole(invitation.getRole());
        for (Long cohortId : invitation.cohortIds()) {
            Cohort cohort = em.find(Cohort.class, cohortId);
            if (cohort != null && cohort.getOrganisationId() == organisation.getId() && !inCohort(cohortId, userId)) {
                em.persist(new CohortMember(cohortId, userId));
            }
        }
        invitation.accept(userId);
        audit.record(userId, AuditType.ORGANISATION_CHANGE, Outcome.SUCCESS,
                "joined organisation " + organisation.getId() + " as " + invitation.getRole());
        return new OrgMembership(organisation.getId(), organisation.getName(), invitation.getRole());
    }

    // ---- members

    public Page<MemberView> members(long callerId, long organisationId, String roleName, Long cohortId, String q,
            int page, int size) {
        Standing standing = standing(callerId, organisationId);
        if (!standing.manages() && (standing.role() == null || !standing.role().reviews())) {
            throw forbidden("Only counsellors and org admins see the members");
        }
        OrgRole role = roleName == null || roleName.isBlank() ? null : OrgRole.parse(roleName);
        if (roleName != null && !roleName.isBlank() && role == null) {
            throw ApplicationProblem.invalidField("role", "must be MEMBER, COUNSELLOR or ORG_ADMIN");
        }
        if (cohortId != null) {
            ownCohorts(organisationId, List.of(cohortId));
        }
        TypedQuery<Membership> query = em.createQuery("select m from Membership m where m.organisationId = :org"
                + (role != null ? " and m.role = :role" : "")
                + (cohortId != null ? " and m.userId in (select c.userId from CohortMember c where c.cohortId = :cohort)"
                        : ""), Membership.class)
                .setParameter("org", organisationId);
        if (role != null) {
            query.setParameter("role", role);
        }
        if (cohortId != null) {
            query.setParameter("cohort", cohortId);
        }
        List<Membership> found = query.getResultList();
        Optional<ReviewerScope> scope = standing.manages() ? Optional.empty() : reviewerScope(callerId);
        if (scope.isPresent() && scope.get().limitedToCohorts()) {
            Set<Long> visible = memberIdsIn(scope.get().cohortIds());
            found = found.stream().filter(m -> visible.contains(m.getUserId()) || m.getRole() != OrgRole.MEMBER).toList();
        }
        Map<Long, String> emails = accounts.emailsOf(found.stream().map(Membership::getUserId).toList());
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        List<Membership> matching = found.stream()
                .filter(m -> needle.isEmpty() || emails.getOrDefault(m.getUserId(), "").contains(needle))
                .sorted(Comparator.comparing(m -> emails.getOrDefault(m.getUserId(), "")))
                .toList();
        int boundedSize = Math.max(1, Math.min(size, Page.MAX_SIZE));
        int boundedPage = Math.max(0, page);
        List<Membership> slice = matching.stream().skip((long) boundedPage * boundedSize).limit(boundedSize).toList();
        Map<Long, List<Long>> cohortsByUser = cohortIdsOf(organisationId, slice.stream().map(Membership::getUserId)
                .toList());
        List<MemberView> views = slice.stream().map(m -> new MemberView(m.getUserId(), emails.get(m.getUserId()),
                m.getRole(), cohortsByUser.getOrDefault(m.getUserId(), List.of()), m.getJoinedAt())).toList();
        return new Page<>(views, boundedPage, boundedSize, matching.size());
    }

    public MemberView changeMember(long callerId, long organisationId, long userId, String roleName,
            List<Long> cohortIds) {
        managing(callerId, organisationId);
        Membership membership = memberOf(organisationId, userId);
        if (roleName != null) {
            OrgRole role = OrgRole.parse(roleName);
            if (role == null) {
                throw ApplicationProblem.invalidField("role", "must be MEMBER, COUNSELLOR or ORG_ADMIN");
            }
            if (membership.getRole() == OrgRole.ORG_ADMIN && role != OrgRole.ORG_ADMIN) {
                refuseLosingLastAdmin(organisationId);
            }
            membership.changeRole(role);
        }
        if (cohortIds != null) {
            Set<Long> wanted = new LinkedHashSet<>(ownCohorts(organisationId, cohortIds));
            dropFromCohorts(userId, cohortsOf(organisationId).stream().map(Cohort::getId).toList());
            wanted.forEach(cohortId -> em.persist(new CohortMember(cohortId, userId)));
        }
        em.flush();
        audit.record(callerId, AuditType.ORGANISATION_CHANGE, Outcome.SUCCESS,
                "member " + userId + " of organisation " + organisationId + " is " + membership.getRole());
        return new MemberView(userId, accounts.emailsOf(List.of(userId)).get(userId), membership.getRole(),
                cohortIdsOf(organisationId, List.of(userId)).getOrDefault(userId, List.of()), membership.getJoinedAt());
    }

    /**
     * Ends a membership (an org admin removes someone, or a person leaves): the organisation's access to their
     * documents ends with it. Their account and everything in it stay theirs.
     */
    public void removeMember(long callerId, long organisationId, long userId) {
        if (callerId != userId) {
            managing(callerId, organisationId);
        } else {
            standing(callerId, organisationId);
        }
        Membership membership = memberOf(organisationId, userId);
        if (membership.getRole() == OrgRole.ORG_ADMIN) {
            refuseLosingLastAdmin(organisationId);
        }
        leave(userId, membership);
        audit.record(callerId, AuditType.ORGANISATION_CHANGE, Outcome.SUCCESS,
                (callerId == userId ? "left" : "removed user " + userId + " from") + " organisation " + organisationId);
    }

    // ---- cohorts

    public Cohort createCohort(long callerId, long organisationId, String name, List<String> targetRoles) {
        managing(callerId, organisationId);
        String clean = requiredName(name, "name");
        if (targetRoles != null && (targetRoles.size() > 50
                || targetRoles.stream().anyMatch(r -> r == null || r.isBlank() || r.length() > 200))) {
            throw ApplicationProblem.invalidField("targetRoles", "must be at most 50 names of up to 200 characters");
        }
        if (cohortsOf(organisationId).stream().anyMatch(c -> Cohort.key(c.getName()).equals(Cohort.key(clean)))) {
            throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT, "A cohort with this name exists");
        }
        return newCohort(organisationId, clean, targetRoles == null ? List.of()
                : targetRoles.stream().map(String::strip).toList());
    }

    public List<Cohort> cohorts(long callerId, long organisationId) {
        standing(callerId, organisationId);
        return cohortsOf(organisationId);
    }

    /** Members (role MEMBER) of a cohort of the organisation, for the caller's insights; checks nothing itself. */
    public Cohort cohort(long organisationId, long cohortId) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort == null || cohort.getOrganisationId() != organisationId) {
            throw ApplicationProblem.notFound("Cohort");
        }
        return cohort;
    }

    // ---- for the components above (reviews, generation, export)

    public Optional<Membership> membership(long userId) {
        return Optional.ofNullable(em.find(Membership.class, userId));
    }

    public Optional<OrgMembership> organisationOf(long userId) {
        return membership(userId).map(m -> new OrgMembership(m.getOrganisationId(),
                em.find(Organisation.class, m.getOrganisationId()).getName(), m.getRole()));
    }

    /** The settings of the user's organisation, or the defaults of a user on their own. */
    public OrgSettings settingsFor(long userId) {
        return membership(userId).map(m -> em.find(Organisation.class, m.getOrganisationId()).settings())
                .orElse(OrgSettings.DEFAULTS);
    }

    /** The logo of the user's organisation when it brands its members' exports. */
    public Optional<Logo> exportLogoFor(long userId) {
        return membership(userId).map(m -> em.find(Organisation.class, m.getOrganisationId()))
                .filter(o -> o.settings().brandingInExports() && o.hasLogo())
                .map(o -> new Logo(o.getLogo(), o.getLogoMediaType()));
    }

    /** Whose submissions the user may read, when they are a counsellor or org admin. */
    public Optional<ReviewerScope> reviewerScope(long userId) {
        Membership membership = em.find(Membership.class, userId);
        if (membership == null || !membership.getRole().reviews()) {
            return Optional.empty();
        }
        Organisation organisation = em.find(Organisation.class, membership.getOrganisationId());
        Set<Long> cohorts = new HashSet<>(cohortIdsOf(organisation.getId(), List.of(userId))
                .getOrDefault(userId, List.of()));
        return Optional.of(new ReviewerScope(userId, organisation.getId(), membership.getRole(),
                organisation.settings().counsellorsRestricted(), cohorts));
    }

    /** Whether the reviewer may read what the owner submitted: same organisation, and the owner in their scope. */
    public boolean mayReview(ReviewerScope scope, long ownerId) {
        Membership owner = em.find(Membership.class, ownerId);
        if (owner == null || owner.getOrganisationId() != scope.organisationId() || ownerId == scope.reviewerId()) {
            return false;
        }
        return !scope.limitedToCohorts() || inAnyCohort(ownerId, scope.cohortIds());
    }

    /**
     * The counsellors a member may address a submission to: those of the member's own organisation who may read
     * it (within their cohorts when the organisation restricts counsellors), by email; none for a user on their own.
     */
    public List<Colleague> counsellorsFor(long userId) {
        Membership own = em.find(Membership.class, userId);
        if (own == null) {
            return List.of();
        }
        List<Long> ids = em.createQuery("select m.userId from Membership m where m.organisationId = :org"
                + " and m.role = :role", Long.class)
                .setParameter("org", own.getOrganisationId()).setParameter("role", OrgRole.COUNSELLOR)
                .getResultStream()
                .filter(id -> id != userId && reviewerScope(id).map(scope -> mayReview(scope, userId)).orElse(false))
                .toList();
        Map<Long, String> emails = accounts.emailsOf(ids);
        return ids.stream().map(id -> new Colleague(id, emails.get(id))).filter(c -> c.email() != null)
                .sorted(Comparator.comparing(Colleague::email)).toList();
    }

    /** The ids of the members (any role) of the organisation, or of one of its cohorts. */
    public List<Long> memberIds(long organisationId, Long cohortId) {
        if (cohortId == null) {
            return em.createQuery("select m.userId from Membership m where m.organisationId = :org"
                    + " and m.role = :role", Long.class)
                    .setParameter("org", organisationId).setParameter("role", OrgRole.MEMBER).getResultList();
        }
        return em.createQuery("select m.userId from Membership m where m.organisationId = :org and m.role = :role"
                + " and m.userId in (select c.userId from CohortMember c where c.cohortId = :cohort)", Long.class)
                .setParameter("org", organisationId).setParameter("role", OrgRole.MEMBER)
                .setParameter("cohort", cohortId).getResultList();
    }

    /** The reviewers (counsellors and org admins) of the organisation who may read the owner's submissions. */
    public List<Long> reviewersOf(long ownerId) {
        Membership owner = em.find(Membership.class, ownerId);
        if (owner == null) {
            return List.of();
        }
        return em.createQuery("select m.userId from Membership m where m.organisationId = :org and m.role <> :member",
                Long.class).setParameter("org", owner.getOrganisationId()).setParameter("member", OrgRole.MEMBER)
                .getResultStream()
                .filter(id -> reviewerScope(id).map(scope -> mayReview(scope, ownerId)).orElse(false))
                .toList();
    }

    // ---- for the identity component: what the installation's directory rules grant at sign-in

    /**
     * Makes the person a member of the organisation with this slug in this role and puts them in the named cohorts
     * (made when missing), as the directory's rules say; a membership elsewhere ends (a person belongs to one
     * organisation). Empty, and nothing changed, when no organisation has the slug. Role checks do not apply: the
     * rules are the installation's.
     */
    public Optional<DirectoryMembership> grantFromDirectory(long userId, String slug, OrgRole role,
            java.util.Collection<String> cohortNames, String why) {
        Optional<Organisation> found = em.createNamedQuery(Organisation.BY_SLUG, Organisation.class)
                .setParameter("slug", slug).getResultStream().findFirst();
        if (found.isEmpty()) {
            audit.record(userId, AuditType.ORGANISATION_CHANGE, Outcome.FAILURE,
                    "a directory rule names organisation '" + slug + "', which does not exist");
            return Optional.empty();
        }
        Organisation organisation = found.get();
        Membership membership = em.find(Membership.class, userId);
        if (membership != null && membership.getOrganisationId() != organisation.getId()) {
            leave(userId, membership);
            audit.record(userId, AuditType.ORGANISATION_CHANGE, Outcome.SUCCESS, "left organisation "
                    + membership.getOrganisationId() + ": " + why);
            membership = null;
        }
        if (membership == null) {
            membership = new Membership(userId, organisation.getId(), role);
            em.persist(membership);
            audit.record(userId, AuditType.ORGANISATION_CHANGE, Outcome.SUCCESS,
                    "joined organisation " + organisation.getId() + " as " + role + ": " + why);
        } else if (membership.getRole() != role) {
            membership.changeRole(role);
            audit.record(userId, AuditType.ORGANISATION_CHANGE, Outcome.SUCCESS,
                    "now " + role + " of organisation " + organisation.getId() + ": " + why);
        }
        List<Cohort> existing = cohortsOf(organisation.getId());
        List<Long> cohortIds = new ArrayList<>();
        for (String name : cohortNames) {
            Cohort cohort = existing.stream().filter(c -> Cohort.key(c.getName()).equals(Cohort.key(name))).findFirst()
                    .orElseGet(() -> newCohort(organisation.getId(), requiredName(name, "cohort"), List.of()));
            if (!inCohort(cohort.getId(), userId)) {
                em.persist(new CohortMember(cohort.getId(), userId));
            }
            cohortIds.add(cohort.getId());
        }
        em.flush();
        return Optional.of(new DirectoryMembership(organisation.getId(), role, List.copyOf(cohortIds)));
    }

    /**
     * Takes back what the directory's rules granted and no longer grant: the cohorts named, and the membership of
     * the organisation when {@code membershipToo} (left alone when the person has since moved elsewhere).
     */
    public void revokeDirectoryGrant(long userId, long organisationId, java.util.Collection<Long> cohortIds,
            boolean membershipToo, String why) {
        dropFromCohorts(userId, List.copyOf(cohortIds));
        Membership membership = em.find(Membership.class, userId);
        if (membershipToo && membership != null && membership.getOrganisationId() == organisationId) {
            leave(userId, membership);
            audit.record(userId, AuditType.ORGANISATION_CHANGE, Outcome.SUCCESS,
                    "removed from organisation " + organisationId + ": " + why);
        }
        em.flush();
    }

    private void leave(long userId, Membership membership) {
        dropFromCohorts(userId, cohortsOf(membership.getOrganisationId()).stream().map(Cohort::getId).toList());
        em.remove(membership);
        em.flush();
    }

    private void dropFromCohorts(long userId, List<Long> cohortIds) {
        if (!cohortIds.isEmpty()) {
            em.createQuery("delete from CohortMember c where c.userId = :user and c.cohortId in :cohorts")
                    .setParameter("user", userId).setParameter("cohorts", cohortIds).executeUpdate();
        }
    }

    // ---- internals

    private IssuedInvitation issue(Organisation organisation, long callerId, String email, OrgRole role,
            List<Long> cohortIds) {
        String token = tokens.newToken();
        Invitation invitation = new Invitation(organisation.getId(), email, role, cohortIds,
                SecretTokens.hash(token), callerId, Instant.now().plus(INVITATION_LIFETIME));
        em.persist(invitation);
        em.flush();
        String link = publicUrl.replaceAll("/+$", "") + "/invitation/" + token;
        notifications.mail(new Mail(email, "You are invited to " + organisation.getName() + " on CV Tailor",
                "Hello,\n\n" + organisation.getName() + " invites you to join its CV Tailor workspace as a "
                        + role.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".\n\nAccept within 7 days: " + link
                        + "\n\nSign in (or create your account with this email address) and the link adds you to the"
                        + " organisation. If you did not expect this, ignore this mail.\n"));
        return new IssuedInvitation(invitation, token);
    }

    private Standing standing(long callerId, long organisationId) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw ApplicationProblem.notFound("Organisation");
        }
        Membership membership = em.find(Membership.class, callerId);
        OrgRole role = membership != null && membership.getOrganisationId() == organisationId ? membership.getRole()
                : null;
        boolean admin = isInstallationAdmin(callerId);
        if (role == null && !admin) {
            throw ApplicationProblem.notFound("Organisation");
        }
        return new Standing(organisation, role, admin);
    }

    private Standing managing(long callerId, long organisationId) {
        Standing standing = standing(callerId, organisationId);
        if (!standing.manages()) {
            throw forbidden("Only the organisation's admins may do this");
        }
        return standing;
    }

    private boolean isInstallationAdmin(long callerId) {
        return accounts.find(callerId).role() == Role.ADMIN;
    }

    private void requireInstallationAdmin(long callerId) {
        if (!isInstallationAdmin(callerId)) {
            throw forbidden("Only installation admins create organisations");
        }
    }

    private Membership memberOf(long organisationId, long userId) {
        Membership membership = em.find(Membership.class, userId);
        if (membership == null || membership.getOrganisationId() != organisationId) {
            throw ApplicationProblem.notFound("Member");
        }
        return membership;
    }

    private void refuseLosingLastAdmin(long organisationId) {
        long admins = em.createQuery("select count(m) from Membership m where m.organisationId = :org"
                + " and m.role = :role", Long.class)
                .setParameter("org", organisationId).setParameter("role", OrgRole.ORG_ADMIN).getSingleResult();
        if (admins <= 1) {
            throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT,
                    "The organisation would be left without an org admin; make someone else org admin first");
        }
    }

    private List<Cohort> cohortsOf(long organisationId) {
        return em.createQuery("select c from Cohort c where c.organisationId = :org order by c.name", Cohort.class)
                .setParameter("org", organisationId).getResultList();
    }

    private Cohort newCohort(long organisationId, String name, List<String> targetRoles) {
        Cohort cohort = new Cohort(organisationId, name, targetRoles);
        em.persist(cohort);
        em.flush();
        return cohort;
    }

    /** The ids, each checked to be a cohort of the organisation (else 400 naming it). */
    private List<Long> ownCohorts(long organisationId, List<Long> cohortIds) {
        if (cohortIds == null || cohortIds.isEmpty()) {
            return List.of();
        }
        if (cohortIds.size() > 100) {
            throw ApplicationProblem.invalidField("cohortIds", "may name at most 100 cohorts");
        }
        Set<Long> own = new HashSet<>(cohortsOf(organisationId).stream().map(Cohort::getId).toList());
        for (Long id : cohortIds) {
            if (id == null || !own.contains(id)) {
                throw ApplicationProblem.invalidField("cohortIds", "cohort " + id + " is not one of the organisation's");
            }
        }
        return cohortIds.stream().distinct().toList();
    }

    private List<Invitation> pendingFor(long organisationId, String email) {
        return em.createNamedQuery(Invitation.PENDING_FOR, Invitation.class).setParameter("org", organisationId)
                .setParameter("email", email).setParameter("now", Instant.now()).getResultList();
    }

    private Map<Long, Membership> membershipsOf(List<Long> userIds) {
        Map<Long, Membership> found = new HashMap<>();
        for (int from = 0; from < userIds.size(); from += 1000) {
            em.createQuery("select m from Membership m where m.userId in :ids", Membership.class)
                    .setParameter("ids", userIds.subList(from, Math.min(userIds.size(), from + 1000)))
                    .getResultStream().forEach(m -> found.put(m.getUserId(), m));
        }
        return found;
    }

    private Map<Long, List<Long>> cohortIdsOf(long organisationId, List<Long> userIds) {
        Map<Long, List<Long>> found = new HashMap<>();
        if (userIds.isEmpty()) {
            return found;
        }
        em.createQuery("select c from CohortMember c where c.userId in :users and c.cohortId in"
                + " (select k.id from Cohort k where k.organisationId = :org) order by c.cohortId", CohortMember.class)
                .setParameter("users", userIds).setParameter("org", organisationId).getResultStream()
                .forEach(c -> found.computeIfAbsent(c.getUserId(), id -> new ArrayList<>()).add(c.getCohortId()));
        return found;
    }

    private boolean inCohort(long cohortId, long userId) {
        return em.find(CohortMember.class, new CohortMember.Key(cohortId, userId)) != null;
    }

    private boolean inAnyCohort(long userId, Set<Long> cohortIds) {
        return cohortIds.stream().anyMatch(id -> inCohort(id, userId));
    }

    private Set<Long> memberIdsIn(Set<Long> cohortIds) {
        if (cohortIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select c.userId from CohortMember c where c.cohortId in :cohorts",
                Long.class).setParameter("cohorts", cohortIds).getResultList());
    }

    private static String requiredName(String name, String field) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw ApplicationProblem.invalidField(field, "must be 1 to 200 characters");
        }
        return name.strip();
    }

    private static ApplicationProblem forbidden(String message) {
        return new ApplicationProblem(ApplicationProblem.Kind.FORBIDDEN, message);
    }
}
