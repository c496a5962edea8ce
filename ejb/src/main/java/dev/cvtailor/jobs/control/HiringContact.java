package dev.cvtailor.jobs.control;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person a posting names to write to, as postings name them: "Hiring manager: Jane Smith", "Contact: Dr Lee
 * Chan", "Send your application to Jane Smith", "Questions? Contact Jane Smith". A team ("Talent Acquisition") is
 * not a person.
 */
public final class HiringContact {

    /** A capitalised name: "Jane", "O'Neill", "McDonald", "Smith-Jones". */
    private static final String WORD = "\\p{Lu}['’]?\\p{Ll}*\\p{Lu}?\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?";
    private static final String NAME = "((?:(?:Mr|Ms|Mrs|Dr|Mx)\\.?\\s+)?" + WORD + "(?:\\s+" + WORD + "){1,2})";
    private static final Pattern LABELLED = Pattern.compile("(?im)^\\s*(?:hiring manager|contact(?: person| name)?"
            + "|recruiter|your contact|point of contact)\\s*[:–—-]\\s*" + NAME + "\\b");
    private static final Pattern ASKED = Pattern.compile("(?i:send your (?:application|cv|resume|résumé) to"
            + "|questions\\?\\s*contact|please contact|reach out to|address your (?:application|letter) to)\\s+"
            + NAME + "\\b");
    /** Words of a team's or a role's name, not a person's ("Talent Acquisition", "Department Manager"). */
    private static final Set<String> NOT_A_PERSON = Set.of("Human", "Resources", "Talent", "Acquisition", "Our",
            "The", "Hiring", "Recruiting", "People", "Recruitment", "Careers", "Us", "Team", "Head", "Chief",
            "Director", "Senior", "Please", "Manager", "Department", "Officer", "Recruiter", "Partner", "Sales",
            "Commercial", "Lead", "Office", "Desk", "Services", "Support", "Operations", "Administrator", "Group");

    private HiringContact() {
    }

    public static Optional<String> in(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Pattern pattern : new Pattern[] {LABELLED, ASKED}) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                String name = m.group(1).strip();
                if (java.util.Arrays.stream(name.split("\\s+")).noneMatch(word -> NOT_A_PERSON.contains(
                        word.replace(".", "")))) {
                    return Optional.of(name);
                }
            }
        }
        return Optional.empty();
    }
}
