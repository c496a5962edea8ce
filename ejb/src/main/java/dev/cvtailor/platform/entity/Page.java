package dev.cvtailor.platform.entity;

import java.util.List;
import java.util.function.Function;

/** One page of a user's rows, with the total across all pages. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
