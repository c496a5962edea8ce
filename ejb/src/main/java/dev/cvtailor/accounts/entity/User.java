package dev.cvtailor.accounts.entity;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An account: the email it signs in with, the hash of its password, its role. Nothing more about the person. */
@Entity
@Table(name = "users")
@NamedQuery(name = User.BY_EMAIL, query = "select u from User u where u.email = :email")
@NamedQuery(name = User.ALL, query = "select u from User u order by u.id desc")
@NamedQuery(name = User.COUNT, query = "select count(u) from User u")
@NamedQuery(name = User.EMAIL_CONTAINING,
        query = "select u from User u where u.email like :pattern escape '\\' order by u.id desc")
@NamedQuery(name = User.COUNT_EMAIL_CONTAINING,
        query = "select count(u) from User u where u.email like :pattern escape '\\'")
public class User {

    public static final String BY_EMAIL = "User.byEmail";
    public static final String ALL = "User.all";
    public static final String COUNT = "User.count";
    public static final String EMAIL_CONTAINING = "User.emailContaining";
    public static final String COUNT_EMAIL_CONTAINING = "User.countEmailContaining";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 320)
    private String email;

    /** Null for an account made by a directory sign-in: it has no password of its own. */
    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    @Column(nullable = false, length = 16)
    private Role role;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected User() {
    }

    public User(String email, String passwordHash, Role role) {
        this.email = normalise(email);
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.createdAt = Instant.now();
    }

    /** Emails are compared without regard to case or surrounding blanks. */
    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public void changeRole(Role newRole) {
        this.role = newRole;
        this.updatedAt = Instant.now();
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
        this.updatedAt = Instant.now();
    }

    public Account toAccount() {
        return new Account(id, email, role);
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
