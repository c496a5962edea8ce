package dev.cvtailor.platform.control;

import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

/** How many rows are in each state, every state listed (zero where none is), from one grouped count. */
public final class StatusCounts {

    private StatusCounts() {
    }

    /** {@code jpql} selects a state and a count, grouped by the state. */
    public static <E extends Enum<E>> Map<E, Long> of(EntityManager em, Class<E> states, String jpql) {
        Map<E, Long> counts = new EnumMap<>(states);
        for (E state : states.getEnumConstants()) {
            counts.put(state, 0L);
        }
        em.createQuery(jpql, Object[].class).getResultStream()
                .forEach(row -> counts.put(states.cast(row[0]), ((Number) row[1]).longValue()));
        return counts;
    }
}
