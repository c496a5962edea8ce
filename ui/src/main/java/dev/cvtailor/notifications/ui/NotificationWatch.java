package dev.cvtailor.notifications.ui;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;

import dev.cvtailor.notifications.boundary.NotificationService;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keeps the bell's count of unread notifications current: reads the count every few seconds on the managed
 * scheduler and pushes it to the browser when it changed. It reads the database rather than listening for an event,
 * because the notification may have been written by another replica (as {@code DocumentWatch} does for documents);
 * a count over an indexed column per signed-in tab every few seconds is cheap. It stops when the UI goes away.
 */
@ApplicationScoped
public class NotificationWatch {

    static final long PERIOD_MILLIS = 3000;
    private static final Logger LOG = Logger.getLogger(NotificationWatch.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    NotificationService notifications;

    /**
     * Pushes the unread count whenever it differs from what the bell shows ({@code shown}, which the bell also
     * changes itself when the user reads a notification): so a notification read and a new one arriving between
     * two beats still reach the screen.
     */
    public Registration watch(UI ui, long userId, LongSupplier shown, LongConsumer onChange) {
        AtomicBoolean failed = new AtomicBoolean();
        AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
        task.set(scheduler.scheduleWithFixedDelay(() -> {
            try {
                long unread = notifications.unreadCount(userId);
                if (unread != shown.getAsLong()) {
                    // counted again when the push is applied: a count read before the user read a notification
                    // (in the UI, a moment ago) must not bring the old number back
                    ui.access(() -> onChange.accept(notifications.unreadCount(userId)));
                }
            } catch (UIDetachedException gone) {
                cancel(task);
            } catch (RuntimeException e) {
                // a database hiccup: try again at the next beat, the count is only a hint (said once a watch)
                LOG.log(failed.getAndSet(true) ? Level.FINE : Level.WARNING,
                        "Could not read the unread count of user " + userId, e);
            }
        }, 500, PERIOD_MILLIS, TimeUnit.MILLISECONDS));
        return () -> cancel(task);
    }

    private static void cancel(AtomicReference<ScheduledFuture<?>> task) {
        ScheduledFuture<?> running = task.get();
        if (running != null) {
            running.cancel(false);
        }
    }
}
