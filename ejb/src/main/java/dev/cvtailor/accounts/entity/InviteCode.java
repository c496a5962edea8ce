package dev.cvtailor.accounts.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An invite code an admin made for invite-only registration: kept as its hash, good for so many uses until expiry. */
@Entity
@Table(name = "invite_codes")
public class InviteCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code_hash")
    private String codeHash;

    @Column(name = "uses_allowed")
    private int usesAllowed;

    @Column(name = "uses_made")
    private int usesMade;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected InviteCode() {
    }

    public InviteCode(String codeHash, int usesAllowed, Instant expiresAt, long createdBy, Instant createdAt) {
        this.codeHash = codeHash;
        this.usesAllowed = usesAllowed;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public int getUsesAllowed() {
        return usesAllowed;
    }

    public int getUsesMade() {
        return usesMade;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
