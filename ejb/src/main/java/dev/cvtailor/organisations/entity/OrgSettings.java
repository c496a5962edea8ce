package dev.cvtailor.organisations.entity;

/**
 * What an organisation decides for its members: whether a counsellor must approve a version before it is
 * exported, the export template used when none is asked for, whether the language model may write (else the
 * template generator does), whether counsellors see only their cohorts, and whether exports carry the logo.
 */
public record OrgSettings(boolean reviewRequired, String defaultTemplate, boolean llmAllowed,
        boolean counsellorsRestricted, boolean brandingInExports) {

    public static final OrgSettings DEFAULTS = new OrgSettings(false, null, true, false, false);
}
