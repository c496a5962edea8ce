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
            + "|certificate)s?\\b");
    private static final Pattern ORGANISATION = Pattern.compile("(?i)\\b(?:inc|ltd|llc|gmbh|plc|corp|corporation"
            + "|company|group|bank|university|college|school|institute|academy|hospital|clinic|labs?|studios?"
            + "|agency|foundation|council|ministry|department|ab|ag|bv|technologies|systems|solutions|industries"
            + "|services|care|health|healthcare|logistics|insurance|retail|capital|consulting|trust|nhs)\\b\\.?");
    private static final Pattern PLACE = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’ -]*(?:,\\s*\\p{Lu}[\\p{L}.'’ -]*){0,2}|remote|hybrid", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONE_LINE = Pattern.compile("\\s+,\\s*|\\s+at\\s+|\\s+@\\s+|\\s+[|·—–]\\s+");
    private static final Pattern ORG_AND_PLACE = Pattern.compile("\\s+[|·—–]\\s+|,\\s+");

    static EntryHead of(List<String> lines, ArtifactKind kind) {
        List<String> fields = new ArrayList<>();
        lines.stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(fields::add);
        if (fields.isEmpty()) {
            return new EntryHead(null, null, null);
        }
        if (fields.size() == 1) {
            fields = split(fields.get(0), kind);
        }
        String location = null;
        if (fields.size() >= 3 && isPlace(fields.get(fields.size() - 1))) {
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
        if (organisation != null && looksLikeOrganisation(title) && !looksLikeOrganisation(organisation)
                && (ROLE.matcher(organisation).find() || !ROLE.matcher(title).find())) {
            String swap = title;
            title = organisation;
            organisation = swap;
        }
        if (organisation != null && location == null) {
            String[] orgAndPlace = ORG_AND_PLACE.split(organisation, 2);
            if (orgAndPlace.length == 2 && isPlace(orgAndPlace[1]) && !ORGANISATION.matcher(orgAndPlace[1]).find()) {
                organisation = orgAndPlace[0].strip();
                location = orgAndPlace[1].strip();
            }
        }
        return new EntryHead(clean(title), clean(organisation), clean(location));
    }

    private static boolean looksLikeOrganisation(String field) {
        return ORGANISATION.matcher(field).find() && !ROLE.matcher(field).find();
    }

    private static boolean isPlace(String field) {
        String f = field.strip();
        return f.length() <= 60 && PLACE.matcher(f).matches() && !ROLE.matcher(f).find()
                && !ORGANISATION.matcher(f).find() && (f.contains(",") || f.equalsIgnoreCase("remote")
                        || f.equalsIgnoreCase("hybrid"));
    }

    /** One line that holds the whole head: split where templates put their separators. */
    private static List<String> split(String line, ArtifactKind kind) {
        String[] parts = ONE_LINE.split(line);
        if (parts.length == 1 && (kind == ArtifactKind.POSITION) && line.contains(", ")) {
            parts = line.split(",\\s+");
        }
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
