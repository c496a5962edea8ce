package dev.cvtailor.generation.control;

import java.util.Collection;
import java.util.Set;

/**
 * A reason, known to a component above generation, to keep a document past its retention: it is in a review, or it
 * was frozen as a sent copy of an application. The purge asks every hold before it deletes a batch.
 */
public interface DocumentHold {

    /** Those of the given documents this hold keeps. */
    Set<Long> heldAmong(Collection<Long> documentIds);
}
