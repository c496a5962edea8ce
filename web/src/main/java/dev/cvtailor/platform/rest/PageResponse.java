package dev.cvtailor.platform.rest;

import java.util.List;
import java.util.function.Function;

import dev.cvtailor.platform.entity.Page;

/** A page of a listing: {@code {items, page, size, total}}. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total());
    }
}
