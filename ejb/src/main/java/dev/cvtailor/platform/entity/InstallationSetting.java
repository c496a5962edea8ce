package dev.cvtailor.platform.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A setting of the whole installation an admin changed at run time (registration mode), shared by every replica. */
@Entity
@Table(name = "installation_settings")
public class InstallationSetting {

    @Id
    @Column(name = "setting_key")
    private String key;

    @Column(name = "setting_value")
    private String value;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected InstallationSetting() {
    }

    public InstallationSetting(String key) {
        this.key = key;
    }

    public void set(String value, Long by, Instant at) {
        this.value = value;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }
}
