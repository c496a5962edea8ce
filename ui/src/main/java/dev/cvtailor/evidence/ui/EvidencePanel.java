package dev.cvtailor.evidence.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.textfield.TextField;

import dev.cvtailor.evidence.boundary.EvidenceService;
import dev.cvtailor.evidence.entity.EvidenceView;
import dev.cvtailor.evidence.entity.ValidationStatus;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.ui.StatusBadge;

/**
 * The evidence links of one artifact with their validation status, which updates while a check is under way;
 * for an artifact not saved yet, the links to add when it is.
 */
public class EvidencePanel extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final EvidenceService evidence;
    private final long ownerId;
    private final Long artifactId;
    private final List<String> pending = new ArrayList<>();
    private final VerticalLayout rows = new VerticalLayout();
    private final TextField url = new TextField();
    private Registration polling;

    public EvidencePanel(EvidenceService evidence, long ownerId, Long artifactId) {
        this.evidence = evidence;
        this.ownerId = ownerId;
        this.artifactId = artifactId;
        setPadding(false);
        setSpacing(false);
        rows.setPadding(false);
        rows.setSpacing(false);
        rows.setId("evidence-links");

        url.setLabel(getTranslation("evidence.url"));
        url.setId("evidence-url");
        url.setPlaceholder("https://github.com/you/project");
        url.setHelperText(getTranslation("evidence.help"));
        url.setWidthFull();
        Button add = new Button(getTranslation("evidence.add"), VaadinIcon.PLUS.create(), click -> add());
        add.setId("add-evidence");
        url.addKeyPressListener(Key.ENTER, press -> add());
        HorizontalLayout entry = new HorizontalLayout(url, add);
        entry.setWidthFull();
        entry.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(rows, entry);
        refresh();
    }

    /** The links to add to an artifact once it is saved (none for an artifact that exists: they are added at once). */
    public List<String> pendingUrls() {
        return List.copyOf(pending);
    }

    private void add() {
        if (url.isEmpty()) {
            return;
        }
        url.setInvalid(false);
        try {
            if (artifactId == null) {
                pending.add(EvidenceService.wellFormed(url.getValue().strip()));
            } else {
                evidence.add(ownerId, artifactId, url.getValue().strip(), null);
            }
            url.clear();
            refresh();
        } catch (ApplicationProblem problem) {
            url.setErrorMessage(problem.fieldProblems().isEmpty() ? problem.getMessage()
                    : problem.fieldProblems().get(0).message());
            url.setInvalid(true);
        }
    }

    private void refresh() {
        rows.removeAll();
        if (artifactId == null) {
            pending.forEach(link -> rows.add(row(link, null, new StatusBadge(getTranslation("evidence.afterSave"),
                    StatusBadge.Tone.NEUTRAL), new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                        pending.remove(link);
                        refresh();
                    }))));
            return;
        }
        List<EvidenceView> links = evidence.list(ownerId, artifactId);
        for (EvidenceView link : links) {
            Button recheck = new Button(VaadinIcon.REFRESH.create(), click -> {
                evidence.requestCheck(ownerId, artifactId, link.id());
                refresh();
            });
            recheck.setAriaLabel(getTranslation("evidence.recheck", link.url()));
            recheck.setTooltipText(getTranslation("evidence.recheck", link.url()));
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                evidence.remove(ownerId, artifactId, link.id());
                refresh();
            });
            remove.setAriaLabel(getTranslation("evidence.remove", link.url()));
            remove.setTooltipText(getTranslation("evidence.remove", link.url()));
            rows.add(row(link.url(), link.archivedUrl(), badge(link), recheck, remove));
        }
        boolean checking = links.stream().anyMatch(l -> l.validationStatus() == ValidationStatus.PENDING);
        getUI().ifPresent(ui -> ui.setPollInterval(checking ? 1500 : -1));
    }

    private HorizontalLayout row(String link, String archived, StatusBadge status, Button... actions) {
        Anchor anchor = new Anchor(link, link, AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener noreferrer");
        anchor.getStyle().set("overflow-wrap", "anywhere");
        HorizontalLayout row = new HorizontalLayout(anchor, status);
        if (archived != null) {
            row.add(new Anchor(archived, getTranslation("evidence.archived"), AnchorTarget.BLANK));
        }
        for (Button action : actions) {
            action.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
            row.add(action);
        }
        row.addClassName("evidence-link");
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.setWidthFull();
        row.expand(anchor);
        return row;
    }

    private StatusBadge badge(EvidenceView link) {
        StatusBadge.Tone tone = switch (link.validationStatus()) {
            case VALID -> StatusBadge.Tone.SUCCESS;
            case PENDING -> StatusBadge.Tone.NEUTRAL;
            case BROKEN, REJECTED -> StatusBadge.Tone.ERROR;
            case UNREACHABLE -> StatusBadge.Tone.WARNING;
        };
        String text = getTranslation("evidence." + link.validationStatus().name())
                + (link.httpStatus() == null ? "" : " (" + link.httpStatus() + ")");
        StatusBadge badge = new StatusBadge(text, tone);
        badge.getElement().setAttribute("data-status", link.validationStatus().name());
        return badge;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        polling = attachEvent.getUI().addPollListener(poll -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        polling.remove();
        detachEvent.getUI().setPollInterval(-1);
        super.onDetach(detachEvent);
    }
}
