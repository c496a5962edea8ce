package dev.cvtailor.audit.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Route;

import dev.cvtailor.audit.boundary.AuditTrail;
import dev.cvtailor.audit.entity.AuditEvent;
import dev.cvtailor.audit.entity.AuditType;
import dev.cvtailor.ui.AdminOnly;
import dev.cvtailor.ui.MainLayout;
import dev.cvtailor.ui.ViewFrame;
import jakarta.inject.Inject;

/** The audit log for admins: who did what and when, filtered by kind of event, user and dates. */
@Route(value = "admin/audit", layout = MainLayout.class)
@AdminOnly
public class AuditView extends ViewFrame {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private final ComboBox<AuditType> type = new ComboBox<>();
    private final IntegerField userId = new IntegerField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    @Inject
    public AuditView(AuditTrail audit) {
        super("audit.title");
        setSizeFull();
        type.setLabel(getTranslation("audit.type"));
        type.setItems(AuditType.values());
        type.setClearButtonVisible(true);
        type.setId("audit-type");
        userId.setLabel(getTranslation("audit.user"));
        userId.setClearButtonVisible(true);
        userId.setMin(1);
        from.setLabel(getTranslation("artifacts.filterFrom"));
        to.setLabel(getTranslation("artifacts.filterTo"));
        HorizontalLayout filters = new HorizontalLayout(type, userId, from, to);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        Grid<AuditEvent> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.addColumn(e -> WHEN.format(e.getCreatedAt())).setHeader(getTranslation("audit.when"));
        grid.addColumn(AuditEvent::getType).setHeader(getTranslation("audit.type"));
        grid.addColumn(AuditEvent::getOutcome).setHeader(getTranslation("audit.outcome"));
        grid.addColumn(AuditEvent::getUserId).setHeader(getTranslation("audit.user"));
        grid.addColumn(AuditEvent::getDetails).setHeader(getTranslation("audit.details")).setFlexGrow(3);
        grid.addColumn(AuditEvent::getClientAddress).setHeader(getTranslation("audit.address"));
        grid.setItems(query -> audit.search(type.getValue(), userIdValue(), start(), end(), query.getPage(),
                        query.getPageSize()).items().stream(),
                query -> (int) audit.search(type.getValue(), userIdValue(), start(), end(), 0, 1).total());
        type.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        userId.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        from.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        to.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        add(filters);
        addAndExpand(grid);
    }

    private Long userIdValue() {
        return userId.getValue() == null ? null : userId.getValue().longValue();
    }

    private Instant start() {
        return from.getValue() == null ? null : from.getValue().atStartOfDay(ZoneId.systemDefault()).toInstant();
    }

    private Instant end() {
        LocalDate last = to.getValue();
        return last == null ? null : last.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
    }
}
