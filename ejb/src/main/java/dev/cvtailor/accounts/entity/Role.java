package dev.cvtailor.accounts.entity;

/** What a user may do; the name is the group in the JWT and the value in the users table. */
public enum Role {
    USER("user"), ADMIN("admin");

    public final String group;

    Role(String group) {
        this.group = group;
    }

    public static Role ofGroup(String group) {
        for (Role role : values()) {
            if (role.group.equals(group)) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown role " + group);
    }
}
