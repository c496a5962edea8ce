package dev.cvtailor.imports.rest;

import java.util.List;

import dev.cvtailor.imports.entity.Acceptance;

/** {@code {accept:[{index, artifact?}]}}: the proposals to keep, each as proposed or as edited. */
public record ConfirmRequest(List<Acceptance> accept) {
}
