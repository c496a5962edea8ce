package dev.cvtailor.platform.ui;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;

import dev.cvtailor.accounts.boundary.AccountService;
import dev.cvtailor.accounts.ui.RegistrationEditor;
import dev.cvtailor.artifacts.boundary.ArtifactService;
import dev.cvtailor.evidence.boundary.EvidenceService;
import dev.cvtailor.generation.boundary.GenerationService;
import dev.cvtailor.generation.entity.LlmState;
import dev.cvtailor.platform.boundary.TimerJobs;
import dev.cvtailor.platform.control.FeatureFlags;
import dev.cvtailor.ui.AdminOnly;
import dev.cvtailor.ui.MainLayout;
import dev.cvtailor.ui.StatusBadge;
import dev.cvtailor.ui.ViewFrame;
import jakarta.inject.Inject;

/**
 * The state of the installation for admins: feature flags to change, the work waiting (documents and artifacts by state,
 * as the database holds them for all replicas), the health of evidence links, the language model's circuit, and the
 * timer jobs' next runs.
 */
@Route(value = "admin/system", layout = MainLayout.class)
@AdminOnly
public class SystemView extends ViewFrame {

    private static final long serialVersionUID = 1L;

    private final FeatureFlags features;
    private final GenerationService generation;
    private final ArtifactService artifacts;
    private final EvidenceService evidence;
    private final AccountService accounts;
    private final TimerJobs timerJobs;
    private final Div content = new Div();

    @Inject
    public SystemView(FeatureFlags features, GenerationService generation, ArtifactService artifacts,
            EvidenceService evidence, AccountService accounts, TimerJobs timerJobs) {
        super("system.title");
        this.features = features;
        this.generation = generation;
        this.artifacts = artifacts;
        this.evidence = evidence;
        this.accounts = accounts;
        this.timerJobs = timerJobs;
        Button refresh = new Button(getTranslation("system.refresh"), VaadinIcon.REFRESH.create(), click -> refresh());
        refresh.setId("system-refresh");
        content.setWidthFull();
        add(refresh, content);
        refresh();
    }

    private void refresh() {
        content.removeAll();
        LlmState llm = generation.llmState();
        StatusBadge circuit = new StatusBadge(getTranslation("system.circuit." + llm.circuit().name()),
                switch (llm.circuit()) {
                    case CLOSED -> StatusBadge.Tone.SUCCESS;
                    case OPEN -> StatusBadge.Tone.ERROR;
                    default -> StatusBadge.Tone.NEUTRAL;
                });
        circuit.setId("llm-circuit");
        Div llmCard = card("system.llm", circuit, line(getTranslation("system.model"), llm.model()));
        if (llm.lastFailure() != null) {
            llmCard.add(line(getTranslation("system.lastFailure"), llm.lastFailure() + " (" + llm.lastFailureAt() + ")"));
        }
        content.add(new FlexLayout(
                card("system.documents", counts(generation.countsByStatus(), "system.document.")),
                card("system.artifacts", counts(artifacts.countsByStatus(), "status.")),
                card("system.evidence", counts(evidence.health(), "system.link.")),
                llmCard, card("system.timers", timerJobLines())), new FeatureFlagsEditor(features), new RegistrationEditor(accounts));
        content.getChildren().findFirst().ifPresent(flex -> {
            ((FlexLayout) flex).setFlexWrap(FlexLayout.FlexWrap.WRAP);
            ((FlexLayout) flex).addClassNames(LumoUtility.Gap.MEDIUM);
        });
    }

    /** Each timer job with its next run (UTC), or word that it has no timer (the next server start makes it). */
    private Div[] timerJobLines() {
        DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
        return timerJobs.list().stream().map(job -> {
            Div line = line(job.name(), job.nextRun() == null ? getTranslation("system.timer.missing")
                    : minutes.format(job.nextRun()));
            line.getElement().setAttribute("data-timer-job", job.name());
            line.getElement().setAttribute("title", job.schedule());
            return line;
        }).toArray(Div[]::new);
    }

    private Div[] counts(Map<? extends Enum<?>, Long> counts, String keyPrefix) {
        return counts.entrySet().stream()
                .map(e -> line(getTranslation(keyPrefix + e.getKey().name()), String.valueOf(e.getValue())))
                .toArray(Div[]::new);
    }

    private Div card(String titleKey, com.vaadin.flow.component.Component... lines) {
        Div card = new Div(new H3(getTranslation(titleKey)));
        card.add(lines);
        card.addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL, LumoUtility.BorderColor.CONTRAST_10,
                LumoUtility.BorderRadius.MEDIUM);
        card.setMinWidth("16em");
        card.getElement().setAttribute("data-card", titleKey);
        return card;
    }

    private static Div line(String name, String value) {
        Span label = new Span(name + ": ");
        label.addClassNames(LumoUtility.TextColor.SECONDARY);
        return new Div(label, new Span(value == null ? "—" : value));
    }
}
