package dev.cvtailor.platform.health;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;

/** Ready only when the message broker accepts a connection through the resource adapter. */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

    @Resource(lookup = "jms/cvtailor/ConnectionFactory")
    ConnectionFactory connectionFactory;

    @Override
    public HealthCheckResponse call() {
        try (JMSContext context = connectionFactory.createContext()) {
            context.createProducer();
            return HealthCheckResponse.named("broker").up().build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("broker").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
