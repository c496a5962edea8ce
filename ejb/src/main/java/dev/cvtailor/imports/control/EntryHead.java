package dev.cvtailor.imports.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import dev.cvtailor.artifacts.entity.ArtifactKind;

/**
 * The title, organisation and location of an entry, from the lines that head it ("Senior Engineer" / "Acme Bank,
 * London") or from one line ("Senior Engineer at Acme Bank", "Data Scientist ,Uber , San Francisco, USA"). Which
 * line is the title is told by the words job titles and organisations are made of; where the words do not tell,
 * the title comes first, as most templates put it.
 */
record EntryHead(String title, String organisation, String location) {

    private static final Pattern ROLE = Pattern.compile("(?i)\\b(?:engineer|developer|manager|analyst|nurse|assistant"
            + "|director|consultant|designer|architect|scientist|specialist|coordinator|officer|lead|head|intern"
            + "|administrator|teacher|lecturer|researcher|executive|associate|technician|programmer|accountant"
            + "|advis[eo]r|president|founder|co-founder|cto|ceo|cfo|vp|editor|writer|representative|supervisor"
            + "|trainee|apprentice|student|fellow|professor|clerk|agent|strategist|partner|principal|volunteer"
            + "|tutor|instructor|therapist|physician|pharmacist|marketer|recruiter|chef|owner|maintainer"
            + "|contributor|bachelor|master|b\\.?sc|m\\.?sc|ph\\.?d|mba|b\\.?a|m\\.?a|b\\.?tech|diploma|degree"
            + "|certificate|nco|sergeant|corporal|lieutenant|colonel)s?\\b");
    /** A degree's short forms ("MA", "BA") are also US states: a place is told from a job by longer words. */
    private static final Pattern JOB_WORD = Pattern.compile("(?i)\\b(?:engineer|developer|manager|analyst|nurse"
            + "|assistant|director|consultant|designer|architect|scientist|specialist|coordinator|officer|intern"
            + "|administrator|teacher|lecturer|researcher|executive|technician|programmer|accountant|bachelor"
            + "|master|degree)s?\\b");
    private static final Pattern ORGANISATION = Pattern.compile("(?i)\\b(?:inc|ltd|llc|gmbh|plc|corp|corporation"
            + "|company|group|bank|university|college|school|institute|academy|hospital|clinic|labs?|studios?"
            + "|agency|foundation|council|ministry|department|ab|ag|bv|technologies|systems|solutions|industries"
            + "|services|care|health|healthcare|logistics|insurance|retail|capital|consulting|trust|nhs"
            + "|army|navy|reserves|air force|marines|coast guard)\\b\\.?");
    private static final Pattern PLACE = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’ -]*(?:,\\s*\\p{Lu}[\\p{L}.'’ -]*){0,2}|remote|hybrid", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE_AT = Pattern.compile("(.+?)\\s+(?:at|@)\\s+(\\p{Lu}.*)");

    /** The separators of a head written on one line, the surest first: a line is split by the first it holds. */
    private static final List<Pattern> ONE_LINE = List.of(Pattern.compile("\\s+,\\s*"),
            Pattern.compile("\\s+(?:at|@)\\s+"), Pattern.compile("\\s+[|·]\\s+"), Pattern.compile(",\\s+"),
            Pattern.compile("\\s+[—–]\\s+"));
    private static final Pattern TAGLINE = Pattern.compile("\\s+·\\s+");
    private static final Pattern ORG_AND_PLACE = Pattern.compile("\\s+[|·—–]\\s+|,\\s+");

    static EntryHead of(List<String> lines, ArtifactKind kind) {
        List<String> fields = new ArrayList<>();
        lines.stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(fields::add);
        if (fields.isEmpty()) {
            return new EntryHead(null, null, null);
        }
        for (int i = 0; i < fields.size() && fields.size() > 1; i++) {
            // "Technical Consultant at Technology for Tots" among other lines: that line is the head, a place
            // below it its location, what stands above it something else
            java.util.regex.Matcher at = TITLE_AT.matcher(fields.get(i));
            if (at.matches()) {
                String below = i + 1 < fields.size() ? fields.get(i + 1) : null;
                String place = below != null && (isPlace(below) || isCity(below)) ? below : null;
                return new EntryHead(clean(at.group(1)), clean(at.group(2)), clean(place));
            }
        }
        if (fields.size() == 1) {
            fields = split(fields.get(0), kind);
        }
        String location = null;
        if (fields.size() >= 3 && (isPlace(fields.get(fields.size() - 1)) || isCity(fields.get(fields.size() - 1)))) {
            location = fields.remove(fields.size() - 1);
        }
        String title;
        String organisation;
        if (fields.size() == 1) {
            title = fields.get(0);
            organisation = null;
        } else if (fields.size() == 2) {
            title = fields.get(0);
            organisation = fields.get(1);
        } else {
            organisation = fields.remove(fields.size() - 1);
            title = String.join(" ", fields);
        }
        boolean organisationFirst = organisation != null && looksLikeOrganisation(title) && !looksLikeOrganisation(organisation)
                && (ROLE.matcher(organisation).find() || !ROLE.matcher(title).find());
        boolean titleSecond = ROLE.matcher(organisation == null ? "" : organisation).find()
                && !ROLE.matcher(title).find() && !ORGANISATION.matcher(organisation).find();
        if (organisation != null && (organisationFirst || titleSecond)) {
            String swap = title;
            title = organisation;
            organisation = swap;
        }
        if (organisation != null && location == null) {
            // "ABC Company, Inc., Anywhere, USA": the place is the first tail that is nothing but a place
            java.util.regex.Matcher cut = ORG_AND_PLACE.matcher(organisation);
            while (cut.find()) {
                String place = organisation.substring(cut.end());
                if (isPlace(place) || isCity(place)) {
                    location = place.strip();
                    organisation = organisation.substring(0, cut.start()).strip();
                    break;
                }
            }
        }
        if (organisation != null && TAGLINE.matcher(organisation).find()) {
            // "Pied Piper · Awesome compression company": a middle dot after the name joins what the employer does
            organisation = TAGLINE.split(organisation, 2)[0];
        }
        return new EntryHead(clean(title), clean(organisation), clean(location));
    }

    private static boolean looksLikeOrganisation(String field) {
        return ORGANISATION.matcher(field).find() && !ROLE.matcher(field).find();
    }

    private static boolean isPlace(String field) {
        String f = field.strip();
        return f.length() <= 60 && PLACE.matcher(f).matches() && !JOB_WORD.matcher(f).find()
                && !ORGANISATION.matcher(f).find() && (f.contains(",") || f.equalsIgnoreCase("remote")
                        || f.equalsIgnoreCase("hybrid"));
    }

    /** One to three capitalised words, no job or organisation word in them: "Leeds", "New York". */
    private static boolean isCity(String field) {
        String f = field.strip();
        return f.split("\\s+").length <= 3 && PLACE.matcher(f).matches() && !ROLE.matcher(f).find()
                && !ORGANISATION.matcher(f).find() && !f.contains(".");
    }

    /** One line that holds the whole head: split where templates put their separators. */
    private static List<String> split(String line, ArtifactKind kind) {
        Pattern separator = ONE_LINE.stream().filter(p -> p.matcher(line).find()).findFirst().orElse(null);
        if (separator == null) {
            return new ArrayList<>(List.of(line.strip()));
        }
        // a comma splits a position's title from the rest; a school's name may hold one ("University of California,
        // Berkeley"), so there it splits once
        String[] parts = separator.pattern().equals(",\\s+") ? line.split(",\\s+", kind == ArtifactKind.POSITION ? -1 : 2)
                : separator.split(line);
        List<String> fields = new ArrayList<>(Arrays.stream(parts).map(String::strip).filter(p -> !p.isEmpty()).toList());
        if (fields.size() > 3) {
            String place = String.join(", ", fields.subList(2, fields.size()));
            fields = new ArrayList<>(List.of(fields.get(0), fields.get(1), place));
        }
        return fields;
    }

    private static String clean(String field) {
        if (field == null) {
            return null;
        }
        String c = field.replaceAll("^[\\s,|·•:()\\[\\]–—-]+|[\\s,|·•:(\\[–—-]+$", "").strip();
        return c.isEmpty() ? null : c;
    }
}
