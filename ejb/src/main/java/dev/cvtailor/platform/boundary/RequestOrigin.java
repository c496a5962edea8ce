package dev.cvtailor.platform.boundary;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current request comes from: its correlation id and client address, set by the boundary that
 * received it (the REST filter), read by whoever records what the request did (the audit trail).
 */
@RequestScoped
public class RequestOrigin {

    private String correlationId;
    private String clientAddress;

    public void set(String correlationId, String clientAddress) {
        this.correlationId = correlationId;
        this.clientAddress = clientAddress;
    }

    public String correlationId() {
        return correlationId;
    }

    public String clientAddress() {
        return clientAddress;
    }
}
