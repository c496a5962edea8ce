package dev.cvtailor.imports.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import dev.cvtailor.platform.boundary.ApplicationProblem;

/**
 * Takes the CSV files CV Tailor reads out of the ZIP that LinkedIn's "Get a copy of your data" gives a member,
 * under the same limits as uploads: a bounded number of entries that unpack to a bounded size, counted as they
 * unpack (a bomb's headers may lie); entry names that climb out of the archive ({@code ../}) or are absolute
 * refuse the whole file. Files it does not read (connections, messages) are skipped unread.
 */
public final class LinkedInArchive {

    static final Set<String> READ = Set.of("profile.csv", "positions.csv", "education.csv", "skills.csv",
            "projects.csv", "certifications.csv", "publications.csv", "honors.csv", "volunteering.csv",
            "email addresses.csv", "phonenumbers.csv", "languages.csv", "courses.csv");
    private static final int MAX_ENTRIES = 2000;

    private LinkedInArchive() {
    }

    /** The CSV files it reads, by lower-case file name; {@code 422} for what is not a LinkedIn export or unsafe. */
    public static Map<String, String> csvFiles(byte[] zip, long maxUnpackedBytes) {
        Map<String, String> files = new TreeMap<>();
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[8192];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw refused("The archive has more than " + MAX_ENTRIES + " entries; it is not a LinkedIn export");
                }
                String name = entry.getName().replace('\\', '/');
                if (name.startsWith("/") || name.matches("(?s)(?:.*/)?\\.\\.(?:/.*)?") || name.matches("^[A-Za-z]:.*")) {
                    throw refused("The archive holds an entry outside itself (" + shorten(name) + "); it is refused");
                }
                String base = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                boolean wanted = !entry.isDirectory() && READ.contains(base);
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    unpacked += n;
                    if (unpacked > maxUnpackedBytes) {
                        throw refused("The archive unpacks to more than " + maxUnpackedBytes / (1024 * 1024)
                                + " MB; it is refused as a possible zip bomb");
                    }
                    if (wanted) {
                        content.write(buffer, 0, n);
                    }
                }
                if (wanted) {
                    files.put(base, content.toString(StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""));
                }
            }
        } catch (ZipException e) {
            throw refused("The file is not a readable ZIP archive (it may be damaged); download the export again");
        } catch (IOException | IllegalArgumentException e) {
            throw refused("The ZIP archive is damaged and cannot be read; download the export again");
        }
        if (entries == 0) {
            throw refused("The file is not a ZIP archive; upload the ZIP LinkedIn sent you");
        }
        if (files.isEmpty()) {
            throw refused("The archive holds none of LinkedIn's profile files (Positions.csv, Education.csv, …)");
        }
        return files;
    }

    private static String shorten(String name) {
        return name.length() <= 80 ? name : name.substring(0, 80) + "…";
    }

    private static ApplicationProblem refused(String reason) {
        return new ApplicationProblem(ApplicationProblem.Kind.UNPROCESSABLE, reason);
    }
}
