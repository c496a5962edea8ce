package dev.cvtailor.generation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.DoubleStream;

import org.junit.jupiter.api.Test;

class GenerationFiguresTest {

    @Test
    void theP95IsTheNearestRankOfTheSortedTimes() {
        List<Double> hundred = DoubleStream.iterate(100, d -> d - 1).limit(100).boxed().toList();
        assertEquals(95.0, GenerationFigures.p95(hundred));
        assertEquals(7.0, GenerationFigures.p95(List.of(7.0)));
        assertEquals(20.0, GenerationFigures.p95(List.of(3.0, 20.0, 1.0)));
        assertNull(GenerationFigures.p95(List.of()));
        assertNull(GenerationFigures.p95(null));
    }

    @Test
    void coverageFallsIntoItsBandAtTheBandsLowerEdge() {
        assertEquals("0-50%", GenerationFigures.band(0.49));
        assertEquals("50-70%", GenerationFigures.band(0.5));
        assertEquals("70-90%", GenerationFigures.band(0.7));
        assertEquals("90-100%", GenerationFigures.band(0.9));
        assertEquals("90-100%", GenerationFigures.band(1.0));
    }
}
