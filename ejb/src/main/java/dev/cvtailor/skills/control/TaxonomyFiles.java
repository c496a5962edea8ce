package dev.cvtailor.skills.control;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dev.cvtailor.skills.entity.TaxonomyEntry;

/**
 * The official files admins import, read lazily into {@link TaxonomyEntry entries}; a file without the
 * expected columns is refused with {@link IllegalArgumentException}.
 * <ul>
 * <li>ESCO skills CSV (v1.1.x, {@code skills_en.csv} or a collection of it): {@code preferredLabel},
 * {@code altLabels} one per line, {@code skillType}, {@code conceptUri}; released concepts only.</li>
 * <li>O*NET Technology Skills (tab-separated): one row per occupation and product ({@code Example}), with its
 * UNSPSC {@code Commodity Title} as category; a product listed for many occupations is one skill.</li>
 * </ul>
 */
public final class TaxonomyFiles {

    public static final String ESCO = "ESCO";
    public static final String ONET = "ONET";

    private TaxonomyFiles() {
    }

    public static Stream<TaxonomyEntry> esco(Reader csv) {
        return read(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get(), csv,
                Set.of("conceptUri", "preferredLabel", "altLabels", "skillType"), "an ESCO skills CSV",
                rows -> rows.filter(TaxonomyFiles::released).map(TaxonomyFiles::escoEntry));
    }

    public static Stream<TaxonomyEntry> onet(Reader tsv) {
        return read(CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null).get(), tsv,
                Set.of("Example", "Commodity Code", "Commodity Title"), "an O*NET Technology Skills file",
                rows -> rows.map(row -> new TaxonomyEntry(row.get("Example").strip(),
                        row.get("Commodity Title").strip(), List.of(), ONET, row.get("Commodity Code").strip()))
                        .distinct());
    }

    private static Stream<TaxonomyEntry> read(CSVFormat format, Reader in, Set<String> columns, String what,
            Function<Stream<CSVRecord>, Stream<TaxonomyEntry>> entries) {
        try {
            CSVParser parser = format.parse(in);
            if (!parser.getHeaderMap().keySet().containsAll(columns)) {
                throw new IllegalArgumentException("This is not " + what + ": it needs the columns " + columns);
            }
            return entries.apply(parser.stream()).onClose(() -> {
                try {
                    parser.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("This is not " + what + " that can be read: " + e.getMessage(), e);
        }
    }

    /**
     * A few ESCO labels are wrapped over two lines, so their second half ("and procedures") reads as an alias of
     * its own and would match any text that says it.
     */
    private static boolean wrappedLineFragment(String alias) {
        return alias.startsWith("and ") || alias.startsWith("or ") || alias.endsWith(",") || alias.endsWith(" and")
                || alias.endsWith(" or");
    }

    private static boolean released(CSVRecord row) {
        return !row.isMapped("status") || row.get("status").isBlank() || "released".equals(row.get("status"));
    }

    private static TaxonomyEntry escoEntry(CSVRecord row) {
        List<String> aliases = Arrays.stream(row.get("altLabels").split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty() && !wrappedLineFragment(s)).toList();
        String category = switch (row.get("skillType").strip()) {
            case "knowledge" -> "Knowledge (ESCO)";
            case "skill/competence" -> "Skill or competence (ESCO)";
            case "language" -> "Language (ESCO)";
            default -> "ESCO";
        };
        return new TaxonomyEntry(row.get("preferredLabel").strip(), category, aliases, ESCO, row.get("conceptUri"));
    }
}
