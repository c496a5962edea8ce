package dev.cvtailor.imports.rest;

import java.util.List;

/** The artifacts a confirmed import made or updated, in the order they were accepted. */
public record ConfirmedImport(List<Long> artifactIds) {
}
