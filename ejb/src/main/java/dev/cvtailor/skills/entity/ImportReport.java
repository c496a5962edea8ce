package dev.cvtailor.skills.entity;

/**
 * What an import did: {@code read} entries, of which {@code skillsAdded} were new skills; the rest were
 * already known (by name or by a spelling) and only lent their new spellings ({@code aliasesAdded} in all).
 */
public record ImportReport(String source, int read, int skillsAdded, int aliasesAdded) {

    public ImportReport plus(ImportReport chunk) {
        return new ImportReport(source, read + chunk.read, skillsAdded + chunk.skillsAdded,
                aliasesAdded + chunk.aliasesAdded);
    }
}
