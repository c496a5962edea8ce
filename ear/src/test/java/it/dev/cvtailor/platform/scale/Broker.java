package it.dev.cvtailor.platform.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * The external Artemis broker of the scale-out tests, an instance of the apache-artemis distribution made as the
 * README tells operators to: the work queues, failed work to DeadLetterQueue after three attempts, core protocol
 * only (AMQP's port is RabbitMQ's on these machines).
 */
final class Broker {

    private final Path home;
    private final Path instance;
    private final int port;
    private Process process;

    Broker(Path home, Path instance, int port) {
        this.home = home;
        this.instance = instance;
        this.port = port;
    }

    void create() throws IOException {
        if (Files.exists(instance.resolve("etc/broker.xml"))) {
            return;
        }
        Node.await(new ProcessBuilder("sh", home.resolve("bin/artemis").toString(), "create", instance.toString(),
                "--silent", "--user", "cvtailor", "--password", "cvtailor", "--allow-anonymous", "--require-login=false",
                "--host", "127.0.0.1", "--default-port", Integer.toString(port), "--no-amqp-acceptor",
                "--no-mqtt-acceptor", "--no-stomp-acceptor", "--no-hornetq-acceptor", "--no-web",
                "--queues", "ArtifactProcessingQueue,EvidenceValidationQueue,GenerationQueue,MailQueue,ImportQueue,DeadLetterQueue")
                .redirectErrorStream(true).redirectOutput(instance.resolveSibling("broker-create.log").toFile())
                .start(), Duration.ofMinutes(1));
        Path config = instance.resolve("etc/broker.xml");
        Files.writeString(config, Files.readString(config)
                .replace("<dead-letter-address>DLQ</dead-letter-address>",
                        "<dead-letter-address>DeadLetterQueue</dead-letter-address>"
                                + "<max-delivery-attempts>3</max-delivery-attempts>")
                .replace("<redelivery-delay>0</redelivery-delay>", "<redelivery-delay>1000</redelivery-delay>"));
    }

    void start() throws IOException {
        process = new ProcessBuilder("sh", instance.resolve("bin/artemis").toString(), "run")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(instance.resolveSibling("broker.log").toFile()))
                .start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (!accepting()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The broker did not start; see " + instance.resolveSibling("broker.log"));
            }
            Cluster.pause(Duration.ofMillis(200));
        }
    }

    /** Stops the broker as its service manager would (SIGTERM: it shuts down in order, its journal intact). */
    void stop() {
        if (process == null) {
            return;
        }
        process.toHandle().descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    void restart() {
        stop();
        try {
            start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean accepting() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
