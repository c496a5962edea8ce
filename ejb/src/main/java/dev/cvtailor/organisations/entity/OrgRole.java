package dev.cvtailor.organisations.entity;

import java.util.Locale;

/** A person's role inside an organisation. */
public enum OrgRole {
    MEMBER, COUNSELLOR, ORG_ADMIN;

    /** Counsellors and org admins read and decide on the organisation's submissions. */
    public boolean reviews() {
        return this != MEMBER;
    }

    /** The role a text names ("member", "Counsellor", "org_admin", "org admin"), or null. */
    public static OrgRole parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String key = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (key.equals("COUNSELOR")) {
            return COUNSELLOR;
        }
        for (OrgRole role : values()) {
            if (role.name().equals(key)) {
                return role;
            }
        }
        return null;
    }
}
