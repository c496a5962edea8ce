package it.dev.cvtailor.platform;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * GreenMail, a real SMTP server, on it.smtp.port: the test server sends its mail there (ear/src/it/liberty/server.env).
 * One per test JVM, started by the first test that reads mail; mails sent before it started were refused and retried.
 */
public final class Mailbox {

    private static GreenMail server;

    private Mailbox() {
    }

    public static synchronized GreenMail start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 3025), "127.0.0.1",
                    ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(Mailbox::stop));
        }
        return server;
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** A mail as received: who it went to, its subject and its text. */
    public record Received(List<String> to, String from, String subject, String body) {
    }

    /** Waits up to 30 s for a mail to the address whose subject contains the words, and returns it. */
    public static Received await(String to, String subjectContains) {
        return await(to, mail -> mail.subject().contains(subjectContains), "subject with \"" + subjectContains + "\"");
    }

    public static Received await(String to, Predicate<Received> wanted, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            Optional<Received> found = received().stream().filter(m -> m.to().contains(to)).filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return fail("No mail to " + to + " with " + what + "; received: " + received().stream()
                .map(m -> m.to() + " " + m.subject()).toList());
    }

    public static List<Received> received() {
        return Arrays.stream(start().getReceivedMessages()).map(Mailbox::read).toList();
    }

    private static Received read(MimeMessage message) {
        try {
            return new Received(Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                    .toList(), message.getFrom()[0].toString(), message.getSubject(), message.getContent().toString());
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
