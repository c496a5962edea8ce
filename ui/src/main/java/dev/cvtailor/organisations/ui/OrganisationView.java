package dev.cvtailor.organisations.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.ConfigProvider;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.details.DetailsVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;

import dev.cvtailor.organisations.boundary.OrganisationService;
import dev.cvtailor.organisations.entity.BulkInvitationReport;
import dev.cvtailor.organisations.entity.Cohort;
import dev.cvtailor.organisations.entity.Invitation;
import dev.cvtailor.organisations.entity.IssuedInvitation;
import dev.cvtailor.organisations.entity.MemberView;
import dev.cvtailor.organisations.entity.OrgChange;
import dev.cvtailor.organisations.entity.OrgRole;
import dev.cvtailor.organisations.entity.OrgSettings;
import dev.cvtailor.organisations.entity.Organisation;
import dev.cvtailor.platform.boundary.ApplicationProblem;
import dev.cvtailor.ui.MainLayout;
import dev.cvtailor.ui.ProblemNotice;
import dev.cvtailor.ui.SignedInUser;
import dev.cvtailor.ui.ViewFrame;
import jakarta.inject.Inject;

/**
 * An organisation, for its admins (installation admins pick one, or create one), in sections: its members (role, cohorts,
 * removal), invitations (one by one with the one-time link shown, or a CSV of {@code email,role,cohort} with a
 * report of each line; pending ones revocable), cohorts, settings, and branding (accent colour and logo).
 */
@Route(value = "organisation", layout = MainLayout.class)
public class OrganisationView extends ViewFrame {

    private static final long serialVersionUID = 1L;
    private static final List<String> TEMPLATES = List.of("classic", "modern", "compact");
    static final int MAX_CSV_BYTES = 2 * 1024 * 1024;

    private final OrganisationService organisations;
    private final long callerId = SignedInUser.require().id();
    private final Div workspace = new Div();
    private final String publicUrl = ConfigProvider.getConfig().getOptionalValue("cvtailor.public-url", String.class)
            .orElse("http://localhost:9080").replaceAll("/+$", "");
    private Organisation organisation;
    private List<Cohort> cohorts = List.of();

    @Inject
    public OrganisationView(OrganisationService organisations) {
        super("org.title");
        this.organisations = organisations;
        workspace.setWidthFull();
        workspace.setId("org-workspace");
        if (SignedInUser.isAdmin()) {
            add(installationAdminBar());
        }
        add(workspace);
        Optional<Long> own = organisations.organisationOf(callerId).filter(m -> m.role() == OrgRole.ORG_ADMIN)
                .map(m -> m.organisationId());
        if (own.isPresent()) {
            show(own.get(), 0);
        } else if (!SignedInUser.isAdmin()) {
            Paragraph none = new Paragraph(getTranslation("org.notAdmin"));
            none.setId("org-not-admin");
            workspace.add(none);
        }
    }

    // ---- installation admins: pick or create

    private Component installationAdminBar() {
        Select<Organisation> pick = new Select<>();
        pick.setLabel(getTranslation("org.pick"));
        pick.setId("org-picker");
        pick.setItems(organisations.visible(callerId));
        pick.setItemLabelGenerator(o -> o.getName() + " (" + o.getSlug() + ")");
        pick.setEmptySelectionAllowed(true);
        pick.setEmptySelectionCaption(getTranslation("org.pickNone"));
        pick.setWidth("min(24rem, 100%)");
        pick.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                show(change.getValue().getId(), 0);
            }
        });
        TextField name = new TextField(getTranslation("org.name"));
        name.setId("org-name");
        name.setMaxLength(200);
        TextField slug = new TextField(getTranslation("org.slug"));
        slug.setId("org-slug");
        slug.setHelperText(getTranslation("org.slugHelp"));
        slug.setMaxLength(64);
        Button create = new Button(getTranslation("org.create"), VaadinIcon.PLUS.create(), click -> {
            try {
                Organisation created = organisations.create(callerId, name.getValue(), slug.getValue());
                ProblemNotice.success(getTranslation("org.created", created.getName()));
                pick.setItems(organisations.visible(callerId));
                pick.setValue(pick.getListDataView().getItems().filter(o -> o.getId().equals(created.getId()))
                        .findFirst().orElse(null));
                name.clear();
                slug.clear();
            } catch (ApplicationProblem problem) {
                ProblemNotice.show(problem, Map.of("name", name, "slug", slug));
            }
        });
        create.setId("org-create");
        HorizontalLayout newOne = new HorizontalLayout(name, slug, create);
        newOne.setWrap(true);
        newOne.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        H4 newHeading = new H4(getTranslation("org.new"));
        newHeading.addClassNames(LumoUtility.Margin.Bottom.NONE);
        VerticalLayout bar = new VerticalLayout(pick, newHeading, newOne);
        bar.setPadding(false);
        bar.setSpacing(false);
        return bar;
    }

    // ---- one organisation

    private void show(long organisationId, int tab) {
        workspace.removeAll();
        try {
            organisation = organisations.find(callerId, organisationId);
            cohorts = organisations.cohorts(callerId, organisationId);
        } catch (ApplicationProblem problem) {
            ProblemNotice.show(problem);
            return;
        }
        H3 heading = new H3(organisation.getName());
        heading.setId("org-heading");
        heading.addClassNames(LumoUtility.Margin.Bottom.XSMALL);
        // sections one open at a time, made of vaadin-details (a summary button with aria-expanded) rather than
        // tabs or vaadin-accordion, which fail axe's audit: vaadin-tabs' slotted tabs (aria-required-children) and
        // the accordion heading's role without a level (aria-required-attr)
        Div sections = new Div();
        sections.setId("org-tabs");
        sections.setWidthFull();
        List<Details> all = List.of(section("members", membersPanel()), section("invitations", invitationsPanel()),
                section("cohorts", cohortsPanel()), section("settings", settingsPanel()),
                section("branding", brandingPanel()));
        all.forEach(details -> {
            details.addOpenedChangeListener(change -> {
                if (change.isOpened()) {
                    all.stream().filter(other -> other != details).forEach(other -> other.setOpened(false));
                }
            });
            sections.add(details);
        });
        all.get(tab).setOpened(true);
        workspace.add(heading, sections);
    }

    private Details section(String name, Component content) {
        Span summary = new Span(getTranslation("org.tab." + name));
        summary.setId("tab-" + name);
        summary.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.LARGE);
        Details details = new Details(summary, content);
        details.setId("section-" + name);
        details.setWidthFull();
        details.addThemeVariants(DetailsVariant.FILLED);
        return details;
    }

    private String cohortNames(List<Long> ids) {
        Map<Long, String> names = cohorts.stream().collect(Collectors.toMap(Cohort::getId, Cohort::getName));
        return ids.stream().map(id -> names.getOrDefault(id, "#" + id)).collect(Collectors.joining(", "));
    }

    private Set<Cohort> cohortsOf(List<Long> ids) {
        return cohorts.stream().filter(c -> ids.contains(c.getId())).collect(Collectors.toSet());
    }

    // ---- members

    private Component membersPanel() {
        long orgId = organisation.getId();
        TextField search = new TextField(getTranslation("org.members.search"));
        search.setId("members-search");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        Grid<MemberView> grid = new Grid<>();
        grid.setId("members-grid");
        grid.addColumn(MemberView::email).setHeader(getTranslation("org.members.email")).setFlexGrow(3);
        grid.addComponentColumn(m -> {
            Select<OrgRole> role = new Select<>();
            role.setItems(OrgRole.values());
            role.setItemLabelGenerator(r -> getTranslation("orgRole." + r.name()));
            role.setValue(m.role());
            role.setAriaLabel(getTranslation("org.members.roleOf", m.email()));
            role.addClassName("member-role");
            role.getElement().setAttribute("data-email", m.email());
            role.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    changeMember(grid, m, change.getValue().name(), null);
                }
            });
            return role;
        }).setHeader(getTranslation("org.members.role")).setFlexGrow(2);
        grid.addComponentColumn(m -> {
            MultiSelectComboBox<Cohort> in = new MultiSelectComboBox<>();
            in.setItems(cohorts);
            in.setItemLabelGenerator(Cohort::getName);
            in.setValue(cohortsOf(m.cohortIds()));
            in.setAriaLabel(getTranslation("org.members.cohortsOf", m.email()));
            in.addClassName("member-cohorts");
            in.getElement().setAttribute("data-email", m.email());
            in.setWidthFull();
            in.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    changeMember(grid, m, null, change.getValue().stream().map(Cohort::getId).toList());
                }
            });
            return in;
        }).setHeader(getTranslation("org.members.cohorts")).setFlexGrow(3);
        grid.addColumn(m -> m.joinedAt() == null ? "" : m.joinedAt().toString().substring(0, 10))
                .setHeader(getTranslation("org.members.joined"));
        grid.addComponentColumn(m -> {
            Button remove = new Button(getTranslation("org.members.remove"), click -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("org.members.removeHeader"),
                        getTranslation("org.members.removeText", m.email(), organisation.getName()),
                        getTranslation("org.members.remove"), yes -> {
                            try {
                                organisations.removeMember(callerId, orgId, m.userId());
                                ProblemNotice.success(getTranslation("org.members.removed", m.email()));
                            } catch (ApplicationProblem problem) {
                                ProblemNotice.show(problem);
                            }
                            grid.getDataProvider().refreshAll();
                        });
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("common.cancel"));
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            remove.addClassName("remove-member");
            remove.getElement().setAttribute("data-email", m.email());
            remove.setAriaLabel(getTranslation("org.members.removeWho", m.email()));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setHeader(getTranslation("users.action"));
        grid.setEmptyStateText(getTranslation("org.members.empty"));
        grid.setItems(query -> organisations.members(callerId, orgId, null, null, search.getValue(), query.getPage(),
                query.getPageSize()).items().stream(),
                query -> (int) organisations.members(callerId, orgId, null, null, search.getValue(), 0, 1).total());
        grid.setHeight("28rem");
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        VerticalLayout panel = new VerticalLayout(search, grid);
        panel.setPadding(false);
        return panel;
    }

    private void changeMember(Grid<MemberView> grid, MemberView member, String role, List<Long> cohortIds) {
        try {
            organisations.changeMember(callerId, organisation.getId(), member.userId(), role, cohortIds);
            ProblemNotice.success(getTranslation("org.members.changed", member.email()));
        } catch (ApplicationProblem problem) {
            ProblemNotice.show(problem);
        }
        grid.getDataProvider().refreshAll();
    }

    // ---- invitations

    private Component invitationsPanel() {
        long orgId = organisation.getId();
        Grid<Invitation> pending = new Grid<>();
        Runnable refreshPending = () -> pending.setItems(organisations.pendingInvitations(callerId, orgId));

        H4 single = new H4(getTranslation("org.invite.one"));
        EmailField email = new EmailField(getTranslation("org.invite.email"));
        email.setId("invite-email");
        email.setWidth("min(20rem, 100%)");
        Select<OrgRole> role = new Select<>();
        role.setLabel(getTranslation("org.invite.role"));
        role.setId("invite-role");
        role.setItems(OrgRole.values());
        role.setItemLabelGenerator(r -> getTranslation("orgRole." + r.name()));
        role.setValue(OrgRole.MEMBER);
        MultiSelectComboBox<Cohort> in = new MultiSelectComboBox<>(getTranslation("org.invite.cohorts"));
        in.setId("invite-cohorts");
        in.setItems(cohorts);
        in.setItemLabelGenerator(Cohort::getName);
        Div issued = new Div();
        issued.setId("invite-result");
        Button send = new Button(getTranslation("org.invite.send"), VaadinIcon.ENVELOPE_O.create(), click -> {
            issued.removeAll();
            try {
                IssuedInvitation invitation = organisations.invite(callerId, orgId, email.getValue(),
                        role.getValue().name(), in.getValue().stream().map(Cohort::getId).toList());
                TextField link = new TextField(getTranslation("org.invite.link"));
                link.setId("invite-link");
                link.setValue(publicUrl + "/invitation/" + invitation.token());
                link.setReadOnly(true);
                link.setWidthFull();
                link.setHelperText(getTranslation("org.invite.linkHelp", invitation.invitation().getEmail()));
                issued.add(link);
                email.clear();
                in.clear();
                refreshPending.run();
            } catch (ApplicationProblem problem) {
                ProblemNotice.show(problem, Map.of("email", email));
            }
        });
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(email, role, in, send);
        form.setWrap(true);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        H4 many = new H4(getTranslation("org.invite.many"));
        Paragraph csvHelp = new Paragraph(getTranslation("org.invite.csvHelp"));
        Div report = new Div();
        report.setId("csv-report");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                BulkInvitationReport done = organisations.inviteAll(callerId, orgId,
                        new String(bytes, StandardCharsets.UTF_8));
                ui.access(() -> {
                    showReport(report, done);
                    cohorts = organisations.cohorts(callerId, orgId);
                    in.setItems(cohorts);
                    refreshPending.run();
                });
            } catch (ApplicationProblem problem) {
                ui.access(() -> ProblemNotice.notify(getTranslation("upload.refused", metadata.fileName()),
                        problem.getMessage()));
            }
        }));
        upload.setId("invite-csv");
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setMaxFileSize(MAX_CSV_BYTES);
        upload.addFileRejectedListener(rejected -> ProblemNotice.notify(getTranslation("upload.rejected"),
                rejected.getErrorMessage()));

        H4 waiting = new H4(getTranslation("org.invite.pending"));
        pending.setId("pending-invitations");
        pending.addColumn(Invitation::getEmail).setHeader(getTranslation("org.members.email")).setFlexGrow(3);
        pending.addColumn(i -> getTranslation("orgRole." + i.getRole().name())).setHeader(getTranslation("org.members.role"));
        pending.addColumn(i -> cohortNames(i.cohortIds())).setHeader(getTranslation("org.members.cohorts"));
        pending.addColumn(i -> i.getExpiresAt().toString().substring(0, 10)).setHeader(getTranslation("org.invite.expires"));
        pending.addComponentColumn(i -> {
            Button revoke = new Button(getTranslation("org.invite.revoke"), click -> {
                try {
                    organisations.revokeInvitation(callerId, orgId, i.getId());
                    ProblemNotice.success(getTranslation("org.invite.revoked", i.getEmail()));
                } catch (ApplicationProblem problem) {
                    ProblemNotice.show(problem);
                }
                refreshPending.run();
            });
            revoke.addClassName("revoke-invitation");
            revoke.getElement().setAttribute("data-email", i.getEmail());
            revoke.setAriaLabel(getTranslation("org.invite.revokeWho", i.getEmail()));
            revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            return revoke;
        }).setHeader(getTranslation("users.action"));
        pending.setEmptyStateText(getTranslation("org.invite.none"));
        pending.setHeight("20rem");
        refreshPending.run();

        VerticalLayout panel = new VerticalLayout(single, form, issued, many, csvHelp, upload, report, waiting, pending);
        panel.setPadding(false);
        return panel;
    }

    private void showReport(Div report, BulkInvitationReport done) {
        report.removeAll();
        Paragraph summary = new Paragraph(getTranslation("org.invite.report", done.created(), done.unchanged(),
                done.errors().size()));
        summary.setId("csv-summary");
        summary.getElement().setAttribute("data-created", String.valueOf(done.created()));
        summary.getElement().setAttribute("data-unchanged", String.valueOf(done.unchanged()));
        summary.getElement().setAttribute("data-errors", String.valueOf(done.errors().size()));
        summary.getElement().setAttribute("role", "status");
        report.add(summary);
        if (!done.errors().isEmpty()) {
            UnorderedList errors = new UnorderedList();
            errors.setId("csv-errors");
            for (BulkInvitationReport.LineError error : done.errors()) {
                ListItem item = new ListItem(getTranslation("org.invite.lineError", error.line(), error.message()));
                item.addClassName("csv-error");
                item.getElement().setAttribute("data-line", String.valueOf(error.line()));
                errors.add(item);
            }
            report.add(errors);
        }
    }

    // ---- cohorts

    private Component cohortsPanel() {
        long orgId = organisation.getId();
        Grid<Cohort> grid = new Grid<>();
        grid.setId("cohorts-grid");
        grid.addColumn(Cohort::getName).setHeader(getTranslation("org.cohorts.name")).setFlexGrow(2);
        grid.addColumn(c -> String.join(", ", c.targetRoles())).setHeader(getTranslation("org.cohorts.targetRoles"))
                .setFlexGrow(3);
        grid.addColumn(c -> c.getCreatedAt() == null ? "" : c.getCreatedAt().toString().substring(0, 10))
                .setHeader(getTranslation("org.cohorts.created"));
        grid.setItems(cohorts);
        grid.setEmptyStateText(getTranslation("org.cohorts.empty"));
        grid.setHeight("18rem");
        TextField name = new TextField(getTranslation("org.cohorts.name"));
        name.setId("cohort-name");
        name.setMaxLength(200);
        TextField roles = new TextField(getTranslation("org.cohorts.targetRoles"));
        roles.setId("cohort-roles");
        roles.setHelperText(getTranslation("org.cohorts.targetRolesHelp"));
        roles.setWidth("min(28rem, 100%)");
        Button create = new Button(getTranslation("org.cohorts.create"), VaadinIcon.PLUS.create(), click -> {
            try {
                List<String> targets = Arrays.stream(roles.getValue().split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList();
                Cohort cohort = organisations.createCohort(callerId, orgId, name.getValue(), targets);
                ProblemNotice.success(getTranslation("org.cohorts.created", cohort.getName()));
                show(orgId, 2);
            } catch (ApplicationProblem problem) {
                ProblemNotice.show(problem, Map.of("name", name, "targetRoles", roles));
            }
        });
        create.setId("cohort-create");
        HorizontalLayout form = new HorizontalLayout(name, roles, create);
        form.setWrap(true);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout panel = new VerticalLayout(form, grid);
        panel.setPadding(false);
        return panel;
    }

    // ---- settings

    private Component settingsPanel() {
        long orgId = organisation.getId();
        OrgSettings current = organisation.settings();
        TextField name = new TextField(getTranslation("org.name"));
        name.setId("org-rename");
        name.setValue(organisation.getName());
        name.setMaxLength(200);
        name.setWidth("min(24rem, 100%)");
        Checkbox reviewRequired = checkbox("setting-review-required", "org.settings.reviewRequired",
                current.reviewRequired());
        Select<String> template = new Select<>();
        template.setLabel(getTranslation("org.settings.template"));
        template.setId("setting-template");
        template.setItems(TEMPLATES);
        template.setEmptySelectionAllowed(true);
        template.setEmptySelectionCaption(getTranslation("org.settings.templateNone"));
        template.setItemLabelGenerator(t -> t == null ? getTranslation("org.settings.templateNone")
                : getTranslation("template." + t));
        template.setValue(current.defaultTemplate());
        Checkbox llm = checkbox("setting-llm", "org.settings.llmAllowed", current.llmAllowed());
        Checkbox restricted = checkbox("setting-restricted", "org.settings.restricted", current.counsellorsRestricted());
        Checkbox branding = checkbox("setting-branding", "org.settings.branding", current.brandingInExports());
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                organisation = organisations.update(callerId, orgId, new OrgChange(name.getValue(),
                        new OrgChange.SettingsChange(reviewRequired.getValue(),
                                template.getValue() == null ? "" : template.getValue(), llm.getValue(),
                                restricted.getValue(), branding.getValue()), null));
                ProblemNotice.success(getTranslation("org.settings.saved"));
            } catch (ApplicationProblem problem) {
                ProblemNotice.show(problem, Map.of("name", name));
            }
        });
        save.setId("settings-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout panel = new VerticalLayout(name, reviewRequired, template, llm, restricted, branding, save);
        panel.setPadding(false);
        return panel;
    }

    private Checkbox checkbox(String id, String key, boolean value) {
        Checkbox box = new Checkbox(getTranslation(key), value);
        box.setId(id);
        box.setHelperText(getTranslation(key + "Help"));
        return box;
    }

    // ---- branding

    private Component brandingPanel() {
        long orgId = organisation.getId();
        TextField colour = new TextField(getTranslation("org.branding.accent"));
        colour.setId("accent-colour");
        colour.setPlaceholder("#1a73e8");
        colour.setHelperText(getTranslation("org.branding.accentHelp"));
        colour.setMaxLength(7);
        colour.setValue(organisation.getAccentColour() == null ? "" : organisation.getAccentColour());
        Span swatch = new Span();
        swatch.getElement().setAttribute("aria-hidden", "true");
        swatch.getStyle().set("display", "inline-block").set("width", "2rem").set("height", "2rem")
                .set("border-radius", "var(--lumo-border-radius-m)").set("border", "1px solid var(--lumo-contrast-20pct)");
        paint(swatch, colour.getValue());
        colour.setValueChangeMode(ValueChangeMode.LAZY);
        colour.addValueChangeListener(change -> paint(swatch, change.getValue()));
        Button saveColour = new Button(getTranslation("common.save"), click -> {
            try {
                organisation = organisations.update(callerId, orgId, new OrgChange(null, null, colour.getValue()));
                ProblemNotice.success(getTranslation("org.branding.saved"));
            } catch (ApplicationProblem problem) {
                ProblemNotice.show(problem, Map.of("branding.accentColour", colour));
            }
        });
        saveColour.setId("accent-save");
        HorizontalLayout accent = new HorizontalLayout(colour, swatch, saveColour);
        accent.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        H4 logoHeading = new H4(getTranslation("org.branding.logo"));
        Div logo = new Div();
        logo.setId("logo-shown");
        showLogo(logo);
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            try {
                organisations.setLogo(callerId, orgId, bytes);
                ui.access(() -> {
                    ProblemNotice.success(getTranslation("org.branding.logoSaved"));
                    showLogo(logo);
                });
            } catch (ApplicationProblem problem) {
                ui.access(() -> ProblemNotice.notify(getTranslation("upload.refused", metadata.fileName()),
                        problem.getMessage()));
            }
        }));
        upload.setId("logo-upload");
        upload.setAcceptedFileTypes(".png", ".svg", "image/png", "image/svg+xml");
        upload.setMaxFileSize(OrganisationService.MAX_LOGO_BYTES);
        upload.addFileRejectedListener(rejected -> ProblemNotice.notify(getTranslation("upload.rejected"),
                rejected.getErrorMessage()));
        Paragraph help = new Paragraph(getTranslation("org.branding.logoHelp", OrganisationService.MAX_LOGO_BYTES / 1024));
        VerticalLayout panel = new VerticalLayout(accent, logoHeading, help, upload, logo);
        panel.setPadding(false);
        return panel;
    }

    private static void paint(Span swatch, String colour) {
        boolean valid = colour != null && colour.matches("^#[0-9a-fA-F]{6}$");
        swatch.getStyle().set("background", valid ? colour : "transparent");
    }

    private void showLogo(Div holder) {
        holder.removeAll();
        long orgId = organisation.getId();
        Optional<dev.cvtailor.organisations.entity.Logo> current = organisations.logo(callerId, orgId);
        if (current.isEmpty()) {
            holder.add(new Paragraph(getTranslation("org.branding.noLogo")));
            return;
        }
        byte[] bytes = current.get().bytes();
        String type = current.get().mediaType();
        Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), "logo" + (type.contains("svg") ? ".svg" : ".png"), type, bytes.length)),
                getTranslation("org.branding.logoAlt", organisation.getName()));
        image.setId("logo-image");
        image.setMaxHeight("6rem");
        image.setMaxWidth("100%");
        holder.add(image);
    }
}
