package dev.cvtailor.applications.rest;

/** {@code {status, note?}}: the status an application moves to. */
public record StatusRequest(String status, String note) {
}
