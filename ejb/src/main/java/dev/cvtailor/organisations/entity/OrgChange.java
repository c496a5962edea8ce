package dev.cvtailor.organisations.entity;

/** A partial change of an organisation: each null part is left as it is. */
public record OrgChange(String name, SettingsChange settings, String accentColour) {

    /** Settings to change; each null one stays. */
    public record SettingsChange(Boolean reviewRequired, String defaultTemplate, Boolean llmAllowed,
            Boolean counsellorsRestricted, Boolean brandingInExports) {

        public OrgSettings applyTo(OrgSettings current) {
            return new OrgSettings(reviewRequired != null ? reviewRequired : current.reviewRequired(),
                    defaultTemplate != null ? (defaultTemplate.isBlank() ? null : defaultTemplate.strip())
                            : current.defaultTemplate(),
                    llmAllowed != null ? llmAllowed : current.llmAllowed(),
                    counsellorsRestricted != null ? counsellorsRestricted : current.counsellorsRestricted(),
                    brandingInExports != null ? brandingInExports : current.brandingInExports());
        }
    }
}
