package dev.cvtailor.export.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** How many exports a month saw per format and template: what is left of export logs past their two years. */
@Entity
@Table(name = "export_monthly_counts")
@IdClass(ExportMonthlyCount.Key.class)
public class ExportMonthlyCount {

    /** The month (its first day, UTC), format and template ("" for none) a count is of; a class, as JPA asks. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        LocalDate month;
        String format;
        String template;

        public Key() {
        }

        public Key(LocalDate month, String format, String template) {
            this.month = month;
            this.format = format;
            this.template = template;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(month, k.month) && Objects.equals(format, k.format)
                    && Objects.equals(template, k.template);
        }

        @Override
        public int hashCode() {
            return Objects.hash(month, format, template);
        }
    }

    @Id
    @Column(name = "month_start")
    private LocalDate month;

    @Id
    private String format;

    @Id
    private String template;

    private long exports;

    protected ExportMonthlyCount() {
    }

    public ExportMonthlyCount(Key key) {
        this.month = key.month;
        this.format = key.format;
        this.template = key.template;
    }

    public void add(long more) {
        exports += more;
    }

    public LocalDate getMonth() {
        return month;
    }

    public String getFormat() {
        return format;
    }

    public String getTemplate() {
        return template;
    }

    public long getExports() {
        return exports;
    }
}
