package dev.cvtailor.imports.entity;

/** What an import was made from: a CV (PDF or Word) or LinkedIn's data export (a ZIP of CSV files). */
public enum ImportSource {
    CV, LINKEDIN
}
