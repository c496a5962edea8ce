package dev.cvtailor.accounts.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.cvtailor.accounts.control.PasswordHasher;
import dev.cvtailor.accounts.control.TokenIssuer;
import dev.cvtailor.accounts.entity.Account;
import dev.cvtailor.accounts.entity.Role;
import dev.cvtailor.accounts.entity.SignedIn;
import dev.cvtailor.accounts.entity.User;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.platform.boundary.ApplicationProblem.FieldProblem;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Registration, sign-in and the accounts' own data: the one door to the accounts component. */
@Stateless
public class AccountService {

    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_LENGTH = 256;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwords;

    @Inject
    TokenIssuer tokens;

    public Account register(String email, String password) {
        String normalised = User.normalise(email);
        List<FieldProblem> problems = new ArrayList<>();
        if (normalised == null || normalised.length() > 320 || !EMAIL.matcher(normalised).matches()) {
            problems.add(new FieldProblem("email", "must be a valid email address"));
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            problems.add(new FieldProblem("password", "must have at least " + MIN_PASSWORD_LENGTH + " characters"));
        } else if (password.length() > MAX_PASSWORD_LENGTH) {
            problems.add(new FieldProblem("password", "must have at most " + MAX_PASSWORD_LENGTH + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "The account cannot be created", problems);
        }
        if (findByEmail(normalised).isPresent()) {
            throw new ApplicationProblem(ApplicationProblem.Kind.CONFLICT, "An account with this email already exists");
        }
        User user = new User(normalised, passwords.hash(password), Role.USER);
        em.persist(user);
        em.flush();
        return user.toAccount();
    }

    /** Checks the credentials; an unknown email and a wrong password give the same answer in the same time. */
    public Optional<Account> authenticate(String email, String password) {
        if (email == null || password == null || password.length() > MAX_PASSWORD_LENGTH) {
            return Optional.empty();
        }
        Optional<User> user = findByEmail(User.normalise(email));
        if (user.isEmpty()) {
            passwords.spendCheckTime(password);
            return Optional.empty();
        }
        User found = user.get();
        if (!passwords.matches(password, found.getPasswordHash()) || !found.isEnabled()) {
            return Optional.empty();
        }
        return Optional.of(found.toAccount());
    }

    public SignedIn login(String email, String password) {
        Account account = authenticate(email, password).orElseThrow(() -> new ApplicationProblem(
                ApplicationProblem.Kind.UNAUTHORIZED, "Wrong email or password"));
        return tokens.issue(account);
    }

    public Account find(long userId) {
        User user = em.find(User.class, userId);
        if (user == null || !user.isEnabled()) {
            throw ApplicationProblem.notFound("Account");
        }
        return user.toAccount();
    }

    private Optional<User> findByEmail(String email) {
        return em.createNamedQuery(User.BY_EMAIL, User.class)
                .setParameter("email", email)
                .getResultStream()
                .findFirst();
    }
}
