package dev.cvtailor.imports.control;

import java.time.Instant;

import dev.cvtailor.imports.entity.ImportDraft;
import dev.cvtailor.imports.entity.ImportStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * The draft imports' rows, each change committed on its own: a new draft must be in the database before its
 * message can be read, and a confirmation is recorded after its artifacts are made.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportDrafts {

    @PersistenceContext
    EntityManager em;

    public ImportDraft insert(ImportDraft draft) {
        em.persist(draft);
        em.flush();
        return draft;
    }

    public void failed(long importId, String reason) {
        ImportDraft draft = em.find(ImportDraft.class, importId);
        if (draft != null && draft.getStatus() == ImportStatus.PROCESSING) {
            draft.fail(reason);
        }
    }

    /**
     * Marks a ready import confirmed, under a row lock, before its artifacts are made: of two confirmations at once,
     * one finds it no longer ready. False when it was not ready.
     */
    public boolean claim(long importId) {
        ImportDraft draft = em.find(ImportDraft.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (draft == null || draft.getStatus() != ImportStatus.READY) {
            return false;
        }
        draft.confirming(Instant.now());
        return true;
    }

    /** Gives a claimed import back (its artifacts could not be made), to be confirmed again. */
    public void release(long importId) {
        ImportDraft draft = em.find(ImportDraft.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (draft != null && draft.getStatus() == ImportStatus.CONFIRMED) {
            draft.released();
        }
    }

    /** The claimed import's artifacts are made: its proposals are dropped. */
    public void confirmed(long importId) {
        ImportDraft draft = em.find(ImportDraft.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (draft != null) {
            draft.confirmed(Instant.now());
        }
    }
}
