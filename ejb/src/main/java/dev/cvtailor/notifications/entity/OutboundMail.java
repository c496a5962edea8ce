package dev.cvtailor.notifications.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An e-mail to send, kept until it is sent or given up on. */
@Entity
@Table(name = "outbound_mails")
public class OutboundMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(length = 1000)
    private String failure;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboundMail() {
    }

    public OutboundMail(Mail mail) {
        this.recipient = mail.recipient();
        this.subject = mail.subject().length() > 300 ? mail.subject().substring(0, 299) + "…" : mail.subject();
        this.body = mail.body();
        this.status = MailStatus.PENDING;
        this.createdAt = Instant.now();
    }

    public Mail mail() {
        return new Mail(recipient, subject, body);
    }

    public void sent() {
        this.status = MailStatus.SENT;
        this.sentAt = Instant.now();
        this.failure = null;
    }

    public void attempted(String why) {
        this.attempts++;
        this.failure = why == null ? null : why.length() > 1000 ? why.substring(0, 999) : why;
    }

    public void failed(String why) {
        this.status = MailStatus.FAILED;
        this.failure = why;
    }

    public Long getId() {
        return id;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
