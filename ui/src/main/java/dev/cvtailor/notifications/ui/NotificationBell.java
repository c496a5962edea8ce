package dev.cvtailor.notifications.ui;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;

import dev.cvtailor.notifications.boundary.NotificationService;
import dev.cvtailor.notifications.entity.NotificationView;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.reviews.ui.ReviewTexts;
import dev.cvtailor.reviews.ui.ReviewView;
import dev.cvtailor.ui.ProblemNotice;

/**
 * The bell in the header: the number of unread notifications (in its accessible name too), kept current by
 * {@link NotificationWatch}; a click lists the latest notifications, each opening its review and marked read.
 */
public class NotificationBell extends Div {

    private static final long serialVersionUID = 1L;

    private final NotificationService notifications;
    private final NotificationWatch watch;
    private final long userId;
    private final Button bell = new Button(VaadinIcon.BELL_O.create());
    private final Span badge = new Span();
    private final Popover popover = new Popover();
    private final Div list = new Div();
    private Registration watching;
    /** What the badge shows now, read by the watch's thread. */
    private final AtomicLong shown = new AtomicLong(-1);

    public NotificationBell(NotificationService notifications, NotificationWatch watch, long userId) {
        this.notifications = notifications;
        this.watch = watch;
        this.userId = userId;
        getStyle().set("position", "relative").set("display", "inline-flex");
        bell.setId("notifications-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        badge.setId("notifications-count");
        badge.getElement().setAttribute("aria-hidden", "true");
        badge.getStyle().set("position", "absolute").set("top", "0").set("right", "0")
                .set("min-width", "1.1rem").set("height", "1.1rem").set("padding", "0 0.25rem")
                .set("box-sizing", "border-box").set("border-radius", "0.55rem")
                .set("background", "var(--lumo-error-color)").set("color", "var(--lumo-error-contrast-color)")
                .set("font-size", "0.7rem").set("line-height", "1.1rem").set("text-align", "center")
                .set("font-weight", "600").set("pointer-events", "none");
        add(bell, badge);

        popover.setTarget(bell);
        popover.setAriaLabel(getTranslation("bell.title"));
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("min(24rem, 95vw)");
        popover.setOpenOnClick(true);
        popover.setOpenOnFocus(false);
        popover.setOpenOnHover(false);
        list.setId("notifications-list");
        list.getStyle().set("max-height", "60vh").set("overflow-y", "auto");
        popover.add(list);
        popover.addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                render();
            }
        });
        add(popover);
        show(0);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        show(notifications.unreadCount(userId));
        watching = watch.watch(attachEvent.getUI(), userId, shown::get, this::show);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (watching != null) {
            watching.remove();
            watching = null;
        }
        super.onDetach(detachEvent);
    }

    private void show(long unread) {
        shown.set(unread);
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        // hidden by style, not setVisible: Flow sends no changes of an invisible component to the browser
        badge.getStyle().set("display", unread > 0 ? "block" : "none");
        bell.getElement().setAttribute("data-count", String.valueOf(unread));
        String label = unread == 0 ? getTranslation("bell.none") : getTranslation("bell.unread", unread);
        bell.setAriaLabel(label);
        bell.setTooltipText(label);
    }

    private void render() {
        list.removeAll();
        List<NotificationView> latest = notifications.list(userId, false);
        H4 heading = new H4(getTranslation("bell.title"));
        heading.addClassNames(LumoUtility.Margin.NONE);
        Button markAll = new Button(getTranslation("bell.markAll"), click -> {
            notifications.markAllRead(userId);
            show(0);
            render();
        });
        markAll.setId("notifications-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        markAll.setEnabled(latest.stream().anyMatch(n -> !n.read()));
        HorizontalLayout top = new HorizontalLayout(heading, markAll);
        top.setWidthFull();
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        list.add(top);
        if (latest.isEmpty()) {
            list.add(new Paragraph(getTranslation("bell.empty")));
            return;
        }
        for (NotificationView notification : latest) {
            list.add(item(notification));
        }
    }

    private Div item(NotificationView notification) {
        Button open = new Button(notification.text(), click -> open(notification));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.getStyle().set("height", "auto").set("text-align", "left").set("white-space", "normal")
                .set("padding", "var(--lumo-space-xs) 0").set("margin", "0").set("width", "100%")
                .set("justify-content", "flex-start");
        if (!notification.read()) {
            open.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        }
        Span when = new Span(ReviewTexts.when(notification.createdAt())
                + (notification.read() ? "" : " · " + getTranslation("bell.new")));
        when.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Div item = new Div(open, new Div(when));
        item.addClassNames("notification-item", LumoUtility.Padding.Vertical.XSMALL);
        item.getElement().setAttribute("data-read", String.valueOf(notification.read()));
        if (notification.reviewId() != null) {
            item.getElement().setAttribute("data-review-id", String.valueOf(notification.reviewId()));
        }
        item.getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)");
        return item;
    }

    private void open(NotificationView notification) {
        try {
            if (!notification.read()) {
                notifications.markRead(userId, List.of(notification.id()));
            }
        } catch (ApplicationProblem problem) {
            ProblemNotice.show(problem);
        }
        show(notifications.unreadCount(userId));
        popover.close();
        if (notification.reviewId() != null) {
            getUI().ifPresent(ui -> ui.navigate(ReviewView.class, ReviewView.parameters(notification.reviewId())));
        }
    }
}
