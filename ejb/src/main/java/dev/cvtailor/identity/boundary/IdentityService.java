package dev.cvtailor.identity.boundary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.accounts.boundary.AccountService.LocalAccount;
import dev.cvtailor.accounts.entity.Account;
import dev.cvtailor.accounts.entity.Role;
import dev.cvtailor.accounts.entity.SignedIn;
import dev.cvtailor.audit.boundary.AuditTrail;
import dev.cvtailor.audit.entity.AuditType;
import dev.cvtailor.audit.entity.Outcome;
import dev.cvtailor.identity.control.ConfiguredProviders;
import dev.cvtailor.identity.control.DirectoryLogin;
import dev.cvtailor.identity.control.ProviderTokens;
import dev.cvtailor.identity.control.RuleMatcher;
import dev.cvtailor.identity.entity.ExternalIdentity;
import dev.cvtailor.identity.entity.ExternalProfile;
import dev.cvtailor.identity.entity.Grant;
import dev.cvtailor.identity.entity.IdentityGrant;
import dev.cvtailor.identity.entity.IdentityProvider;
import dev.cvtailor.identity.entity.IdentityRule;
import dev.cvtailor.identity.entity.RuleDefinition;
import dev.cvtailor.identity.entity.SignInResult;
import dev.cvtailor.identity.entity.SignInResult.LinkRequired;
import dev.cvtailor.identity.entity.SignInResult.SignedInAs;
import dev.cvtailor.organisations.boundary.OrganisationService;
import dev.cvtailor.organisations.entity.DirectoryMembership;
import dev.cvtailor.organisations.entity.OrgRole;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.boundary.ApplicationProblem.FieldProblem;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Sign-in through the institution's identity systems, the one door to the identity component. Liberty's features
 * authenticate (the LDAP registry, the OIDC client, the SAML service provider); this service turns what they vouch
 * for into a CV Tailor account and applies the installation's mapping rules at every sign-in.
 * <p>
 * An external identity is found by its provider and subject, never by e-mail. At someone's first sign-in the
 * provider's e-mail makes a new account, unless an account already has it: one with a password of its own is
 * linked only after that password is confirmed ({@link #confirmLink}); one made through another provider is refused.
 */
@Stateless
public class IdentityService {

    static final int MAX_RULES = 200;
    private static final ApplicationProblem WRONG_CREDENTIALS = new ApplicationProblem(
            ApplicationProblem.Kind.UNAUTHORIZED, "Wrong email or password");

    @PersistenceContext
    EntityManager em;

    @Inject
    ConfiguredProviders providers;

    @Inject
    DirectoryLogin directory;

    @Inject
    ProviderTokens providerTokens;

    @Inject
    AccountService accounts;

    @Inject
    OrganisationService organisations;

    @Inject
    AuditTrail audit;

    /** The ways to sign in: local accounts first, then the configured providers. */
    public List<IdentityProvider> providers() {
        return providers.all();
    }

    public Optional<IdentityProvider> provider(String id) {
        return providers.find(id);
    }

    /** A provider's own setting {@code sso.<id>.<name>} (attribute names, the provider's logout address). */
    public Optional<String> setting(String providerId, String name) {
        return providers.setting(providerId, name);
    }

    /**
     * The usual form: a local account's password, or (with a directory configured) the directory's password. A
     * local account whose password does not match is tried against the directory too: when the directory knows
     * the person, the two are linked once the local password is confirmed.
     */
    public SignInResult passwordSignIn(String login, String password, String clientAddress) {
        Optional<IdentityProvider> ldap = providers.directory();
        Optional<LocalAccount> local = login == null ? Optional.empty() : accounts.byEmail(login);
        if (ldap.isEmpty() || local.map(LocalAccount::hasPassword).orElse(false)) {
            try {
                return new SignedInAs(accounts.verifyCredentials(login, password, clientAddress));
            } catch (ApplicationProblem wrong) {
                if (ldap.isEmpty() || wrong.kind() != ApplicationProblem.Kind.UNAUTHORIZED) {
                    throw wrong;
                }
                return directory.authenticate(ldap.get(), login, password)
                        .map(profile -> signIn(profile, clientAddress)).orElseThrow(() -> wrong);
            }
        }
        accounts.checkSignInAllowed(login, clientAddress);
        Optional<ExternalProfile> profile = password == null || password.isEmpty() ? Optional.empty()
                : directory.authenticate(ldap.get(), login, password);
        if (profile.isEmpty()) {
            accounts.signInFailed(login, clientAddress);
            audit.record(local.map(l -> l.account().id()).orElse(null), AuditType.EXTERNAL_SIGN_IN, Outcome.FAILURE,
                    "refused by " + ldap.get().id() + ": wrong name or password, unknown or disabled in the directory");
            throw WRONG_CREDENTIALS;
        }
        accounts.signInSucceeded(login);
        return signIn(profile.get(), clientAddress);
    }

    /** A sign-in a provider vouched for (the OIDC client or SAML service provider after its redirects, or LDAP). */
    public SignInResult signIn(ExternalProfile profile, String clientAddress) {
        IdentityProvider provider = providers.find(profile.providerId())
                .orElseThrow(() -> refused(null, profile, "the provider is not configured"));
        if (profile.subject() == null || profile.subject().isBlank()) {
            throw refused(null, profile, "the provider named no subject");
        }
        Optional<ExternalIdentity> linked = em.createNamedQuery(ExternalIdentity.BY_SUBJECT, ExternalIdentity.class)
                .setParameter("provider", provider.id()).setParameter("subject", profile.subject())
                .getResultStream().findFirst();
        Account account;
        if (linked.isPresent()) {
            LocalAccount known = accounts.byId(linked.get().getUserId())
                    .orElseThrow(() -> refused(null, profile, "its account is gone"));
            if (!known.enabled()) {
                throw refused(known.account().id(), profile, "the CV Tailor account is disabled");
            }
            linked.get().signedIn(profile);
            account = known.account();
        } else {
            String email = profile.email() == null ? null : profile.email().strip().toLowerCase(Locale.ROOT);
            if (email == null || !AccountService.isValidEmail(email)) {
                throw refused(null, profile, "the provider gave no usable e-mail address");
            }
            if (profile.values("email_verified").stream().anyMatch("false"::equalsIgnoreCase)) {
                throw refused(null, profile, "the provider has not verified the e-mail address");
            }
            Optional<LocalAccount> existing = accounts.byEmail(email);
            if (existing.isPresent() && existing.get().hasPassword()) {
                audit.record(existing.get().account().id(), AuditType.IDENTITY_LINK, Outcome.FAILURE,
                        provider.id() + " sign-in waits for the account's password before it is linked");
                return new LinkRequired(profile);
            }
            if (existing.isPresent()) {
                throw refused(existing.get().account().id(), profile,
                        "the e-mail address already signs in through another provider");
            }
            account = accounts.createExternal(email, provider.id());
            em.persist(new ExternalIdentity(account.id(), profile));
        }
        return new SignedInAs(signedIn(account, profile));
    }

    /**
     * Links a provider's identity to the existing account with its e-mail once that account's own password is
     * confirmed, then signs in. Wrong passwords count towards the same throttle as the sign-in form.
     */
    public Account confirmLink(ExternalProfile profile, String password, String clientAddress) {
        Account local = accounts.verifyCredentials(profile.email(), password, clientAddress);
        boolean taken = em.createNamedQuery(ExternalIdentity.BY_SUBJECT, ExternalIdentity.class)
                .setParameter("provider", profile.providerId()).setParameter("subject", profile.subject())
                .getResultStream().findAny().isPresent();
        if (taken) {
            throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT, "This sign-in is already linked to an account");
        }
        em.persist(new ExternalIdentity(local.id(), profile));
        audit.record(local.id(), AuditType.IDENTITY_LINK, Outcome.SUCCESS, "linked to " + profile.providerId());
        return signedIn(local, profile);
    }

    /**
     * CV Tailor's own token for an institution's API client that presents an access token of a configured OIDC
     * provider (RFC 8693 token exchange): the token is checked against the provider's JWKS, issuer and audience,
     * and its subject signs in like a browser would, with the same rules.
     */
    public SignedIn exchange(String accessToken, String clientAddress) {
        ExternalProfile profile;
        try {
            profile = providerTokens.verify(accessToken);
        } catch (ApplicationProblem refused) {
            if (refused.kind() == ApplicationProblem.Kind.UNAUTHORIZED) {
                audit.record(null, AuditType.EXTERNAL_SIGN_IN, Outcome.FAILURE, "token exchange: " + refused.getMessage());
            }
            throw refused;
        }
        SignInResult result = signIn(profile, clientAddress);
        if (result instanceof SignedInAs signedIn) {
            return accounts.tokenFor(signedIn.account().id());
        }
        throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT, "The e-mail " + profile.email()
                + " belongs to a CV Tailor account not yet linked to " + profile.providerId()
                + ": sign in once in the browser through it and confirm the account's password to link them");
    }

    /** The providers an account signs in through, for its owner. */
    public List<ExternalIdentity> identitiesOf(long userId) {
        return em.createNamedQuery(ExternalIdentity.OF_USER, ExternalIdentity.class).setParameter("user", userId)
                .getResultList();
    }

    // ---- the mapping rules, for installation admins

    public List<RuleDefinition> rules(long adminId) {
        requireInstallationAdmin(adminId);
        return rules();
    }

    /** Replaces the rules as a whole (their order matters); audited with what they now say. */
    public List<RuleDefinition> replaceRules(long adminId, List<RuleDefinition> rules) {
        requireInstallationAdmin(adminId);
        List<RuleDefinition> clean = validated(rules);
        List<RuleDefinition> before = rules();
        em.createQuery("delete from IdentityRule r").executeUpdate();
        for (int i = 0; i < clean.size(); i++) {
            em.persist(new IdentityRule(i, clean.get(i)));
        }
        em.flush();
        audit.record(adminId, AuditType.IDENTITY_RULES_CHANGE, Outcome.SUCCESS,
                before.size() + " rules replaced by " + clean.size() + ": " + summary(clean));
        return clean;
    }

    // ---- internals

    private List<RuleDefinition> rules() {
        return em.createNamedQuery(IdentityRule.ALL, IdentityRule.class).getResultStream()
                .map(IdentityRule::definition).toList();
    }

    private Account signedIn(Account account, ExternalProfile profile) {
        Account mapped = applyRules(account, profile);
        audit.record(mapped.id(), AuditType.EXTERNAL_SIGN_IN, Outcome.SUCCESS, "through " + profile.providerId());
        return mapped;
    }

    /**
     * Gives what the rules grant now and takes back what they granted last time and no longer do. An org admin's
     * changes by hand to a membership the rules did not make are left alone.
     */
    private Account applyRules(Account account, ExternalProfile profile) {
        Grant grant = RuleMatcher.grantFor(profile, rules());
        IdentityGrant previous = em.find(IdentityGrant.class, account.id());
        String why = "mapping rules at sign-in through " + profile.providerId();
        Account current = account;
        if (grant.installationAdmin() && account.role() != Role.ADMIN) {
            current = accounts.setRoleFromDirectory(account.id(), Role.ADMIN, why);
        } else if (!grant.installationAdmin() && previous != null && previous.isInstallationAdmin()
                && account.role() == Role.ADMIN) {
            current = accounts.setRoleFromDirectory(account.id(), Role.USER, why + " (no longer granted)");
        }
        Long organisationId = null;
        OrgRole role = null;
        List<Long> cohortIds = List.of();
        if (grant.inOrganisation()) {
            Optional<DirectoryMembership> membership = organisations.grantFromDirectory(account.id(),
                    grant.organisation(), grant.role(), grant.cohorts(), why);
            if (membership.isPresent()) {
                organisationId = membership.get().organisationId();
                role = membership.get().role();
                cohortIds = membership.get().cohortIds();
            }
        }
        if (previous != null && previous.getOrganisationId() != null) {
            boolean sameOrganisation = Objects.equals(previous.getOrganisationId(), organisationId);
            Set<Long> dropped = new HashSet<>(previous.cohortIds());
            dropped.removeAll(cohortIds);
            if (!sameOrganisation || !dropped.isEmpty()) {
                organisations.revokeDirectoryGrant(account.id(), previous.getOrganisationId(), dropped,
                        !sameOrganisation, why + " (no longer granted)");
            }
        }
        if (previous == null) {
            previous = new IdentityGrant(account.id());
            em.persist(previous);
        }
        previous.record(grant.installationAdmin(), organisationId, role == null ? null : role.name(), cohortIds);
        if (!current.equals(account) || grant.inOrganisation()) {
            audit.record(account.id(), AuditType.IDENTITY_MAPPING, Outcome.SUCCESS, describe(current, grant));
        }
        return current;
    }

    private ApplicationProblem refused(Long userId, ExternalProfile profile, String why) {
        audit.record(userId, AuditType.EXTERNAL_SIGN_IN, Outcome.FAILURE, "refused from " + profile.providerId()
                + ": " + why);
        return new ApplicationProblem(ApplicationProblem.Kind.UNAUTHORIZED, "Sign-in refused: " + why);
    }

    private void requireInstallationAdmin(long adminId) {
        if (accounts.find(adminId).role() != Role.ADMIN) {
            throw new ApplicationProblem(ApplicationProblem.Kind.FORBIDDEN, "Only installation admins manage the rules");
        }
    }

    private List<RuleDefinition> validated(List<RuleDefinition> rules) {
        if (rules == null) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "A list of rules is required");
        }
        if (rules.size() > MAX_RULES) {
            throw ApplicationProblem.invalidField("rules", "at most " + MAX_RULES + " rules");
        }
        Set<String> known = new HashSet<>(providers.all().stream().map(IdentityProvider::id).toList());
        List<FieldProblem> problems = new ArrayList<>();
        List<RuleDefinition> clean = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            RuleDefinition rule = rules.get(i);
            String at = "rules[" + i + "]";
            if (rule == null) {
                problems.add(new FieldProblem(at, "must be a rule"));
                continue;
            }
            String provider = blankToNull(rule.provider());
            String claim = Optional.ofNullable(blankToNull(rule.claim())).orElse(ExternalProfile.GROUPS);
            String organisation = blankToNull(rule.organisation());
            if (provider != null && !known.contains(provider)) {
                problems.add(new FieldProblem(at + ".provider", "no provider '" + provider + "' is configured"));
            }
            if (claim.length() > 100) {
                problems.add(new FieldProblem(at + ".claim", "at most 100 characters"));
            }
            if (rule.value() == null || rule.value().isBlank() || rule.value().length() > 512) {
                problems.add(new FieldProblem(at + ".value", "required, at most 512 characters"));
            }
            if (rule.role() != null && !rule.role().isBlank() && OrgRole.parse(rule.role()) == null) {
                problems.add(new FieldProblem(at + ".role", "must be MEMBER, COUNSELLOR or ORG_ADMIN"));
            }
            if (organisation == null && (blankToNull(rule.role()) != null || blankToNull(rule.cohort()) != null)) {
                problems.add(new FieldProblem(at + ".organisation", "a role or cohort needs an organisation"));
            }
            if (organisation == null && !rule.installationAdmin()) {
                problems.add(new FieldProblem(at, "grants nothing: give an organisation or installationAdmin"));
            }
            if (rule.cohort() != null && rule.cohort().length() > 200) {
                problems.add(new FieldProblem(at + ".cohort", "at most 200 characters"));
            }
            OrgRole role = OrgRole.parse(rule.role());
            clean.add(new RuleDefinition(provider, claim, rule.value() == null ? null : rule.value().strip(),
                    rule.installationAdmin(), organisation == null ? null : organisation.toLowerCase(Locale.ROOT),
                    organisation == null ? null : (role == null ? OrgRole.MEMBER : role).name(),
                    blankToNull(rule.cohort())));
        }
        if (!problems.isEmpty()) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "The rules are not valid", problems);
        }
        return clean;
    }

    private static String describe(Account account, Grant grant) {
        return "role " + account.role().group + (grant.inOrganisation() ? ", " + grant.role() + " of "
                + grant.organisation() + (grant.cohorts().isEmpty() ? "" : " in " + grant.cohorts()) : "");
    }

    private static String summary(List<RuleDefinition> rules) {
        StringBuilder text = new StringBuilder();
        for (RuleDefinition rule : rules) {
            if (text.length() > 800) {
                text.append(" …");
                break;
            }
            text.append(text.length() == 0 ? "" : "; ").append(rule.claim()).append('=').append(rule.value())
                    .append(" → ").append(rule.installationAdmin() ? "admin " : "")
                    .append(rule.organisation() == null ? "" : rule.role() + "@" + rule.organisation())
                    .append(rule.cohort() == null ? "" : " (" + rule.cohort() + ")");
        }
        return text.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
