package dev.cvtailor.generation.entity;

import java.util.List;

/**
 * How a document answers the posting's critical keywords: {@code covered} (in the document, backed by an
 * artifact), {@code missing} (no artifact backs them: left out, for the user to act on), {@code unsupported}
 * (named in the document without an artifact behind them: always empty once verified); {@code ratio} is covered
 * over the critical keywords the user can back. {@code removed} lists what the verifier took out and why.
 */
public record KeywordCoverage(double ratio, List<String> covered, List<String> missing, List<String> unsupported,
        List<String> removed) {

    public KeywordCoverage {
        covered = List.copyOf(covered);
        missing = List.copyOf(missing);
        unsupported = List.copyOf(unsupported);
        removed = List.copyOf(removed);
    }
}
