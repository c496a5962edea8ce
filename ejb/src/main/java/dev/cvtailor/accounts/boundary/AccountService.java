package dev.cvtailor.accounts.boundary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.cvtailor.accounts.control.PasswordHasher;
import dev.cvtailor.accounts.control.Registrations;
import dev.cvtailor.accounts.control.PasswordPolicy;
import dev.cvtailor.accounts.control.SignInThrottle;
import dev.cvtailor.accounts.control.TokenIssuer;
import dev.cvtailor.accounts.entity.Account;
import dev.cvtailor.accounts.entity.RegistrationMode;
import dev.cvtailor.accounts.entity.RevokedToken;
import dev.cvtailor.accounts.entity.Role;
import dev.cvtailor.accounts.entity.SignedIn;
import dev.cvtailor.accounts.entity.User;
import dev.cvtailor.audit.boundary.AuditTrail;
import dev.cvtailor.audit.entity.AuditType;
import dev.cvtailor.audit.entity.Outcome;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.boundary.ApplicationProblem.FieldProblem;
import dev.cvtailor.platform.control.LikePattern;
import dev.cvtailor.platform.entity.Page;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/** Registration, sign-in and sign-out, and the admins' management of accounts: the one door to accounts. */
@Stateless
public class AccountService {

    static final int MAX_PASSWORD_LENGTH = PasswordPolicy.MAX_LENGTH;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final ApplicationProblem WRONG_CREDENTIALS = new ApplicationProblem(
            ApplicationProblem.Kind.UNAUTHORIZED, "Wrong email or password");

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwords;

    @Inject
    PasswordPolicy policy;

    @Inject
    SignInThrottle throttle;

    @Inject
    TokenIssuer tokens;

    @Inject
    AuditTrail audit;

    @Inject
    Registrations registrations;

    public Account register(String email, String password) {
        return register(email, password, null);
    }

    /**
     * Creates an account as the installation's registration mode allows: 400 for a bad email or weak password, 409
     * for an email taken, 403 when registration is closed, or invite-only and the code is missing, used up or
     * expired (a use of the code is taken only by an account that is made).
     */
    public Account register(String email, String password, String inviteCode) {
        String normalised = User.normalise(email);
        List<FieldProblem> problems = new ArrayList<>();
        if (normalised == null || normalised.length() > 320 || !EMAIL.matcher(normalised).matches()) {
            problems.add(new FieldProblem("email", "must be a valid email address"));
        }
        policy.weakness(password, normalised).ifPresent(why -> problems.add(new FieldProblem("password", why)));
        if (!problems.isEmpty()) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "The account cannot be created", problems);
        }
        if (findByEmail(normalised).isPresent()) {
            audit.record(null, AuditType.REGISTRATION, Outcome.FAILURE, "email already registered");
            throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT, "An account with this email already exists");
        }
        try {
            registrations.admit(inviteCode);
        } catch (ApplicationProblem refused) {
            audit.record(null, AuditType.REGISTRATION, Outcome.FAILURE, refused.getMessage());
            throw refused;
        }
        User user = new User(normalised, passwords.hash(password), Role.USER);
        em.persist(user);
        em.flush();
        audit.record(user.getId(), AuditType.REGISTRATION, Outcome.SUCCESS,
                inviteCode == null || inviteCode.isBlank() ? null : "with an invite code");
        return user.toAccount();
    }

    public RegistrationMode registrationMode() {
        return registrations.mode();
    }

    /** An admin sets who may register (open, invite-only, closed); in force at once on every replica. */
    public RegistrationMode changeRegistrationMode(long adminId, String mode) {
        RegistrationMode chosen = RegistrationMode.named(mode).orElseThrow(
                () -> ApplicationProblem.invalidField("mode", "must be open, invite-only or closed"));
        RegistrationMode before = registrations.mode();
        registrations.setMode(chosen, adminId);
        audit.record(adminId, AuditType.REGISTRATION_MODE_CHANGE, Outcome.SUCCESS, before.value + " → " + chosen.value);
        return chosen;
    }

    /** An invite code for invite-only registration, good for {@code uses} accounts until {@code expiresAt}; shown once. */
    public String createInviteCode(long adminId, Integer uses, Instant expiresAt) {
        List<FieldProblem> problems = new ArrayList<>();
        if (uses == null || uses < 1 || uses > 10_000) {
            problems.add(new FieldProblem("uses", "must be between 1 and 10000"));
        }
        if (expiresAt == null || !expiresAt.isAfter(Instant.now())) {
            problems.add(new FieldProblem("expiresAt", "must be a time in the future"));
        }
        if (!problems.isEmpty()) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "The invite code cannot be made", problems);
        }
        String code = registrations.issue(uses, expiresAt, adminId);
        audit.record(adminId, AuditType.INVITE_CODE_CREATED, Outcome.SUCCESS, uses + " uses until " + expiresAt);
        return code;
    }

    /**
     * Checks the credentials of a sign-in from {@code clientAddress}: an unknown email and a wrong password get
     * the same answer in the same time; repeated failures block further attempts for a while (429).
     */
    public Account verifyCredentials(String email, String password, String clientAddress) {
        throttle.checkAllowed(email, clientAddress);
        Optional<User> user = email == null ? Optional.empty() : findByEmail(User.normalise(email));
        boolean valid = password != null && password.length() <= MAX_PASSWORD_LENGTH
                && user.filter(User::hasPassword).map(u -> passwords.matches(password, u.getPasswordHash()) && u.isEnabled())
                        .orElseGet(() -> {
                            passwords.spendCheckTime(password == null ? "" : password);
                            return false;
                        });
        if (!valid) {
            throttle.recordFailure(email, clientAddress);
            audit.record(user.map(User::getId).orElse(null), AuditType.LOGIN, Outcome.FAILURE, null);
            throw WRONG_CREDENTIALS;
        }
        throttle.recordSuccess(email);
        audit.record(user.get().getId(), AuditType.LOGIN, Outcome.SUCCESS, null);
        return user.get().toAccount();
    }

    /** Signs a token out: it is refused from now on, on every replica, until it would have expired anyway. */
    public void logout(long userId, String jti, Instant expiresAt) {
        if (jti != null && em.find(RevokedToken.class, jti) == null) {
            em.persist(new RevokedToken(jti, userId, expiresAt));
        }
        audit.record(userId, AuditType.LOGOUT, Outcome.SUCCESS, null);
    }

    /**
     * The account a verified token speaks for, refused (401) when the token was signed out, or the account is
     * gone or disabled since the token was issued.
     */
    public Account requireActive(long userId, String jti) {
        if (jti == null || em.find(RevokedToken.class, jti) != null) {
            throw new ApplicationProblem(ApplicationProblem.Kind.UNAUTHORIZED, "The token has been signed out");
        }
        User user = em.find(User.class, userId);
        if (user == null || !user.isEnabled()) {
            throw new ApplicationProblem(ApplicationProblem.Kind.UNAUTHORIZED, "The account is not active");
        }
        return user.toAccount();
    }

    /**
     * Deletes the account and, through the schema's cascades, everything that belongs to it: artifacts and their
     * evidence, labels, job descriptions, documents, export logs. Its audit lines stay, without the user's id.
     */
    public void delete(long userId) {
        User user = em.find(User.class, userId);
        if (user == null) {
            throw ApplicationProblem.notFound("Account");
        }
        audit.anonymise(userId);
        em.remove(user);
        em.flush();
        audit.record(null, AuditType.ACCOUNT_DELETION, Outcome.SUCCESS, null);
    }

    /**
     * A short-lived API token for an account already signed in to the UI, so that its browser can fetch what the
     * REST API serves (the personal-data document) without the UI assembling it a second time.
     */
    public SignedIn tokenFor(long userId) {
        return tokens.issue(find(userId));
    }

    public Account find(long userId) {
        User user = em.find(User.class, userId);
        if (user == null || !user.isEnabled()) {
            throw ApplicationProblem.notFound("Account");
        }
        return user.toAccount();
    }

    /** A page of all accounts, newest first: an admin looks for the latest sign-ups. */
    public Page<User> list(int page, int size) {
        return list(null, page, size);
    }

    /** A page of the accounts, newest first; with {@code emailContains}, only those whose email holds it. */
    public Page<User> list(String emailContains, int page, int size) {
        int boundedSize = Math.max(1, Math.min(size, Page.MAX_SIZE));
        int boundedPage = Math.max(0, page);
        boolean filtered = emailContains != null && !emailContains.isBlank();
        TypedQuery<User> users = em.createNamedQuery(filtered ? User.EMAIL_CONTAINING : User.ALL, User.class);
        TypedQuery<Long> total = em.createNamedQuery(filtered ? User.COUNT_EMAIL_CONTAINING : User.COUNT, Long.class);
        if (filtered) {
            String pattern = LikePattern.containing(emailContains.strip().toLowerCase(java.util.Locale.ROOT));
            users.setParameter("pattern", pattern);
            total.setParameter("pattern", pattern);
        }
        List<User> found = users
                .setFirstResult((int) Math.min((long) boundedPage * boundedSize, Integer.MAX_VALUE))
                .setMaxResults(boundedSize)
                .getResultList();
        return new Page<>(found, boundedPage, boundedSize, total.getSingleResult());
    }

    /** An admin changes another account's role or enables/disables it; admins cannot lock themselves out. */
    /** How many accounts there are. */
    /** Accounts made from {@code from} to {@code to} (exclusive): the daily summary's registrations. */
    public long registeredBetween(Instant from, Instant to) {
        return em.createQuery("select count(u) from User u where u.createdAt >= :from and u.createdAt < :to", Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    public long count() {
        return em.createNamedQuery(User.COUNT, Long.class).getSingleResult();
    }

    public User update(long adminId, long userId, Role role, Boolean enabled) {
        User user = em.find(User.class, userId);
        if (user == null) {
            throw ApplicationProblem.notFound("User");
        }
        if (userId == adminId && (role == Role.USER || Boolean.FALSE.equals(enabled))) {
            throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT,
                    "Admins cannot take their own admin role or disable themselves");
        }
        if (role != null && role != user.getRole()) {
            user.changeRole(role);
            audit.record(adminId, AuditType.ROLE_CHANGE, Outcome.SUCCESS, "user " + userId + " is now " + role.group);
        }
        if (enabled != null && enabled != user.isEnabled()) {
            user.setEnabled(enabled);
            audit.record(adminId, enabled ? AuditType.ACCOUNT_ENABLED : AuditType.ACCOUNT_DISABLED, Outcome.SUCCESS,
                    "user " + userId);
        }
        return user;
    }

    /**
     * The first admin, from configuration: created when no account has the email, promoted to admin when one
     * has (its password is left alone).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensureAdmin(String email, String password) {
        String normalised = User.normalise(email);
        Optional<User> existing = findByEmail(normalised);
        if (existing.isPresent()) {
            existing.get().changeRole(Role.ADMIN);
            existing.get().setEnabled(true);
            return;
        }
        policy.weakness(password, normalised).ifPresent(why -> {
            throw new IllegalStateException("ADMIN_PASSWORD is too weak: it " + why);
        });
        em.persist(new User(normalised, passwords.hash(password), Role.ADMIN));
    }

    /** Forgets signed-out tokens that have expired anyway: hourly, on one replica (a persistent timer). */
    public void purgeExpiredRevocations() {
        em.createQuery("delete from RevokedToken t where t.expiresAt < :now")
                .setParameter("now", Instant.now())
                .executeUpdate();
    }

    // ---- for sign-in through an institution's directory (the identity component)

    /** Refuses (429) a sign-in attempt while the e-mail or the address has failed too often, as for passwords. */
    public void checkSignInAllowed(String login, String clientAddress) {
        throttle.checkAllowed(login, clientAddress);
    }

    /** Counts a refused directory sign-in towards the same throttle as wrong passwords. */
    public void signInFailed(String login, String clientAddress) {
        throttle.recordFailure(login, clientAddress);
    }

    public void signInSucceeded(String login) {
        throttle.recordSuccess(login);
    }

    /**
     * An account made at someone's first sign-in through a directory: the e-mail the provider gave, no password
     * (so it cannot sign in with one), role USER.
     */
    public Account createExternal(String email, String providerId) {
        String normalised = User.normalise(email);
        if (!isValidEmail(normalised)) {
            throw new ApplicationProblem(ApplicationProblem.Kind.UNAUTHORIZED,
                    "The sign-in provider gave no usable e-mail address");
        }
        User user = new User(normalised, null, Role.USER);
        em.persist(user);
        em.flush();
        audit.record(user.getId(), AuditType.REGISTRATION, Outcome.SUCCESS, "at first sign-in through " + providerId);
        return user.toAccount();
    }

    /** The account with this e-mail and whether it has a password of its own (a local account). */
    public Optional<LocalAccount> byEmail(String email) {
        return findByEmail(User.normalise(email)).map(u -> new LocalAccount(u.toAccount(), u.hasPassword(), u.isEnabled()));
    }

    /** An account as the identity component sees it before signing someone in to it. */
    public record LocalAccount(Account account, boolean hasPassword, boolean enabled) {
    }

    /** The account with this id, active or not; empty when gone. */
    public Optional<LocalAccount> byId(long userId) {
        return Optional.ofNullable(em.find(User.class, userId))
                .map(u -> new LocalAccount(u.toAccount(), u.hasPassword(), u.isEnabled()));
    }

    /** The installation role the directory's rules give: audited as the rules' doing, not an admin's. */
    public Account setRoleFromDirectory(long userId, Role role, String why) {
        User user = em.find(User.class, userId);
        if (user.getRole() != role) {
            user.changeRole(role);
            audit.record(userId, AuditType.ROLE_CHANGE, Outcome.SUCCESS, "now " + role.group + ": " + why);
        }
        return user.toAccount();
    }

    /** Whether a normalised email address has the shape accounts require. */
    public static boolean isValidEmail(String normalised) {
        return normalised != null && normalised.length() <= 320 && EMAIL.matcher(normalised).matches();
    }

    /** The accounts with these emails (normalised), by email; unknown ones are left out. */
    public java.util.Map<String, Account> findByEmails(java.util.Collection<String> emails) {
        java.util.Map<String, Account> found = new java.util.HashMap<>();
        List<String> all = emails.stream().map(User::normalise).distinct().toList();
        for (int from = 0; from < all.size(); from += 1000) {
            em.createQuery("select u from User u where u.email in :emails", User.class)
                    .setParameter("emails", all.subList(from, Math.min(all.size(), from + 1000)))
                    .getResultStream()
                    .forEach(user -> found.put(user.getEmail(), user.toAccount()));
        }
        return found;
    }

    /** The email of each of these accounts, by id; unknown ones are left out. */
    public java.util.Map<Long, String> emailsOf(java.util.Collection<Long> userIds) {
        java.util.Map<Long, String> found = new java.util.HashMap<>();
        List<Long> all = userIds.stream().distinct().toList();
        for (int from = 0; from < all.size(); from += 1000) {
            em.createQuery("select u.id, u.email from User u where u.id in :ids", Object[].class)
                    .setParameter("ids", all.subList(from, Math.min(all.size(), from + 1000)))
                    .getResultStream()
                    .forEach(row -> found.put((Long) row[0], (String) row[1]));
        }
        return found;
    }

    private Optional<User> findByEmail(String email) {
        return em.createNamedQuery(User.BY_EMAIL, User.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
    }
}
