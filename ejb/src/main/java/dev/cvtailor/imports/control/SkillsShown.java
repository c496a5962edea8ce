package dev.cvtailor.imports.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import dev.cvtailor.artifacts.entity.ArtifactDraft;

/** Places an imported list of skills on the entries whose text shows them, never on all of them. */
final class SkillsShown {

    private SkillsShown() {
    }

    /** Replaces each draft by one naming the skills it shows; returns the skills that no entry shows. */
    static List<String> attach(List<ArtifactDraft> drafts, List<String> skills) {
        for (int i = 0; i < drafts.size(); i++) {
            drafts.set(i, drafts.get(i).withSkillsItShows(skills));
        }
        List<String> unshown = new ArrayList<>();
        for (String skill : skills) {
            boolean shown = drafts.stream().anyMatch(d -> d.skills().stream().anyMatch(skill::equalsIgnoreCase));
            if (!shown && unshown.stream().noneMatch(skill::equalsIgnoreCase)) {
                unshown.add(skill);
            }
        }
        return unshown.stream().filter(Objects::nonNull).toList();
    }
}
