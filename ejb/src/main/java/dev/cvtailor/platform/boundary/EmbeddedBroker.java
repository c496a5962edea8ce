package dev.cvtailor.platform.boundary;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.logging.Logger;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The Artemis broker of the default, single-machine run, so that nothing has to be installed. It listens on
 * the loopback interface only and keeps its journal under the data directory, so queued work survives a
 * restart. The application reaches it like any external broker: through the resource adapter over TCP.
 * With {@code BROKER_EMBEDDED=false} it does not start and the adapter talks to the configured broker.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EmbeddedBroker {

    public static final String DEAD_LETTER_QUEUE = "DeadLetterQueue";
    public static final String MAIL_QUEUE = "MailQueue";
    static final String[] WORK_QUEUES = {"ArtifactProcessingQueue", "EvidenceValidationQueue", "GenerationQueue",
        MAIL_QUEUE, "ImportQueue"};
    /** Every queue of the application, the dead letters' included. */
    public static final List<String> QUEUES = List.of("ArtifactProcessingQueue", "EvidenceValidationQueue",
            "GenerationQueue", MAIL_QUEUE, "ImportQueue", DEAD_LETTER_QUEUE);

    private static final Logger LOG = Logger.getLogger(EmbeddedBroker.class.getName());

    @Inject
    @ConfigProperty(name = "broker.embedded", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "broker.port", defaultValue = "61616")
    int port;

    @Inject
    @ConfigProperty(name = "cvtailor.data.dir")
    String dataDir;

    @Inject
    @ConfigProperty(name = "broker.max-delivery-attempts", defaultValue = "3")
    int maxDeliveryAttempts;

    @Inject
    @ConfigProperty(name = "broker.redelivery-delay-ms", defaultValue = "1000")
    long redeliveryDelay;

    private EmbeddedActiveMQ broker;

    @PostConstruct
    void start() {
        if (!enabled) {
            LOG.info("Embedded broker disabled: using the external broker");
            return;
        }
        try {
            broker = new EmbeddedActiveMQ().setConfiguration(configuration());
            broker.start();
            LOG.info(() -> "Embedded Artemis broker listening on 127.0.0.1:" + port);
        } catch (Exception e) {
            throw new IllegalStateException("The embedded Artemis broker did not start", e);
        }
    }

    Configuration configuration() throws Exception {
        Path journal = Path.of(dataDir, "artemis");
        Configuration config = new ConfigurationImpl()
                .setName("cvtailor-embedded")
                .setPersistenceEnabled(true)
                .setSecurityEnabled(false)
                .setJournalDirectory(journal.resolve("journal").toString())
                .setBindingsDirectory(journal.resolve("bindings").toString())
                .setPagingDirectory(journal.resolve("paging").toString())
                .setLargeMessagesDirectory(journal.resolve("large-messages").toString())
                .addAcceptorConfiguration("core", "tcp://127.0.0.1:" + port + "?protocols=CORE");
        config.addAddressSetting("#", new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_QUEUE))
                .setMaxDeliveryAttempts(maxDeliveryAttempts)
                .setRedeliveryDelay(redeliveryDelay)
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true));
        // a mail is retried three times with growing delays (1, 2, 4 times the delay) before it is dead-lettered
        config.addAddressSetting(MAIL_QUEUE, new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_QUEUE))
                .setMaxDeliveryAttempts(4)
                .setRedeliveryDelay(redeliveryDelay)
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(redeliveryDelay * 8));
        config.addAddressSetting(DEAD_LETTER_QUEUE, new AddressSettings()
                .setMaxDeliveryAttempts(-1)
                .setRedeliveryDelay(redeliveryDelay));
        for (String queue : WORK_QUEUES) {
            config.addQueueConfiguration(QueueConfiguration.of(queue).setRoutingType(RoutingType.ANYCAST).setDurable(true));
        }
        config.addQueueConfiguration(QueueConfiguration.of(DEAD_LETTER_QUEUE).setRoutingType(RoutingType.ANYCAST).setDurable(true));
        return config;
    }

    public boolean isEmbedded() {
        return broker != null;
    }

    /** How many messages wait in the queue of the embedded broker; empty with an external broker. */
    @Lock(LockType.READ)
    public OptionalLong messagesIn(String queue) {
        if (broker == null) {
            return OptionalLong.empty();
        }
        Queue found = broker.getActiveMQServer().locateQueue(SimpleString.of(queue));
        return found == null ? OptionalLong.empty() : OptionalLong.of(found.getMessageCount());
    }

    @PreDestroy
    void stop() {
        if (broker != null) {
            try {
                broker.stop();
            } catch (Exception e) {
                LOG.warning(() -> "Embedded broker did not stop cleanly: " + e);
            }
        }
    }
}
