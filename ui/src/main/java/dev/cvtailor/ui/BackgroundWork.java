package dev.cvtailor.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;

import dev.cvtailor.platform.boundary.ApplicationProblem;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs a call that may take a while (an export, a page preview, matching thousands of artifacts) on the server's
 * managed executor instead of the UI's request thread, and pushes its outcome to the view when it is done; the
 * control that started it stays disabled meanwhile, so the user sees it working and cannot start it twice.
 */
@ApplicationScoped
public class BackgroundWork {

    private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());

    @Resource
    ManagedExecutorService executor;

    public <T> void run(Component trigger, Supplier<T> work, Consumer<T> done) {
        run(trigger, work, done, ProblemNotice::show);
    }

    /** As above, with the view's own way of telling a refusal (beside the control, say, as well as in a notice). */
    public <T> void run(Component trigger, Supplier<T> work, Consumer<T> done, Consumer<ApplicationProblem> refused) {
        UI ui = trigger.getUI().orElseThrow();
        HasEnabled control = trigger instanceof HasEnabled enabled ? enabled : null;
        if (control != null) {
            control.setEnabled(false);
        }
        executor.execute(() -> {
            Runnable outcome;
            try {
                T result = work.get();
                outcome = () -> done.accept(result);
            } catch (ApplicationProblem problem) {
                outcome = () -> refused.accept(problem);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Background work failed", e);
                outcome = () -> ProblemNotice.notify(ui.getTranslation("problem.unexpected"), null);
            }
            Runnable show = outcome;
            try {
                ui.access(() -> {
                    enable(control);
                    show.run();
                });
            } catch (UIDetachedException gone) {
                // the user left the view (or closed the tab) meanwhile: nobody to tell
            }
        });
    }

    private static void enable(HasEnabled control) {
        if (control != null) {
            control.setEnabled(true);
        }
    }
}
