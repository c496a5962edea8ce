package dev.cvtailor.generation.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;

import dev.cvtailor.generation.boundary.GenerationService;
import dev.cvtailor.generation.entity.DocumentStatus;
import dev.cvtailor.generation.entity.GeneratedDocument;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

/**
 * Watches a document being generated and pushes each change of its state to the browser. It reads the row, not
 * an in-memory event, because the replica that generates the document may not be the one serving this UI; a read
 * by primary key a second is cheap, and the watch ends when the document is finished, the UI is gone, or the
 * generation has outlived the stall limit (the service's recovery timer then decides its fate).
 */
@ApplicationScoped
public class DocumentWatch {

    private static final Logger LOG = Logger.getLogger(DocumentWatch.class.getName());
    private static final Duration LONGEST = Duration.ofMinutes(15);

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    GenerationService generation;

    public Registration watch(UI ui, long ownerId, long documentId, Consumer<GeneratedDocument> onChange) {
        AtomicReference<DocumentStatus> seen = new AtomicReference<>();
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        Instant until = Instant.now().plus(LONGEST);
        task.set(scheduler.scheduleWithFixedDelay(() -> {
            try {
                GeneratedDocument document = generation.find(ownerId, documentId);
                if (document.getStatus() != seen.getAndSet(document.getStatus())) {
                    ui.access(() -> onChange.accept(document));
                }
                if (document.getStatus().isFinished() || Instant.now().isAfter(until)) {
                    task.get().cancel(false);
                }
            } catch (UIDetachedException gone) {
                task.get().cancel(false);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Stopped watching document " + documentId, e);
                task.get().cancel(false);
            }
        }, 300, 1000, TimeUnit.MILLISECONDS));
        return () -> task.get().cancel(false);
    }
}
