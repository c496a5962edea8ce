package dev.cvtailor.notifications.control;

import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.cvtailor.notifications.entity.Mail;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Hands an e-mail to the SMTP server of Liberty's {@code mail/cvtailor} session (server.xml: SMTP_HOST, SMTP_PORT,
 * SMTP_STARTTLS, SMTP_USER, SMTP_PASSWORD, MAIL_FROM). Without SMTP_HOST (the embedded default) the mail is written
 * to the log instead, so a local installation shows its invitation links there.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Resource(lookup = "mail/cvtailor")
    Session session;

    /** Optional: an empty server variable reads as absent. */
    @Inject
    @ConfigProperty(name = "smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "smtp.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "mail.from", defaultValue = "CV Tailor <no-reply@cvtailor.invalid>")
    String from;

    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Sends the mail, or logs it when no SMTP server is configured; throws when the server refuses it. */
    public void send(Mail mail) throws MessagingException {
        if (!configured()) {
            LOG.info(() -> "No SMTP server is configured (SMTP_HOST); the mail to " + mail.recipient()
                    + " would have said:\nSubject: " + mail.subject() + "\n\n" + mail.body());
            return;
        }
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        if (user.filter(u -> !u.isBlank()).isPresent()) {
            Transport.send(message, user.get(), password.orElse(""));
        } else {
            Transport.send(message);
        }
    }
}
