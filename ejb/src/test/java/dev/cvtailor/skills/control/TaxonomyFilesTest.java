package dev.cvtailor.skills.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cvtailor.skills.entity.MatchMode;
import dev.cvtailor.skills.entity.TaxonomyEntry;

class TaxonomyFilesTest {

    @Test
    void readsEscoLabelsOnePerLineAndSkipsWhatIsNotReleased() {
        String csv = """
                conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,status
                KnowledgeSkillCompetence,http://esco/1,skill/competence,x,manage musical staff,"manage staff of music
                direct musical staff",released
                KnowledgeSkillCompetence,http://esco/2,knowledge,x,Haskell,Haskell,released
                KnowledgeSkillCompetence,http://esco/3,knowledge,x,old thing,,obsolete
                """;
        List<TaxonomyEntry> entries = TaxonomyFiles.esco(new StringReader(csv)).toList();
        assertEquals(2, entries.size());
        assertEquals(List.of("manage staff of music", "direct musical staff"), entries.get(0).aliases());
        assertEquals("Skill or competence (ESCO)", entries.get(0).category());
        assertEquals("http://esco/1", entries.get(0).externalId());
        assertEquals("Knowledge (ESCO)", entries.get(1).category());
    }

    @Test
    void readsOnetProductsOncePerCategory() {
        String tsv = "O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand\n"
                + "11-1011.00\tAtlassian JIRA\t43232201\tContent workflow software\tY\tN\n"
                + "15-1252.00\tAtlassian JIRA\t43232201\tContent workflow software\tY\tY\n"
                + "15-1252.00\tPython\t43232405\tObject or component oriented development software\tY\tY\n";
        List<TaxonomyEntry> entries = TaxonomyFiles.onet(new StringReader(tsv)).toList();
        assertEquals(List.of("Atlassian JIRA", "Python"), entries.stream().map(TaxonomyEntry::name).toList());
    }

    @Test
    void refusesAFileWithoutTheColumns() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> TaxonomyFiles.esco(new StringReader("name,age\nAda,36\n")));
        assertTrue(refused.getMessage().contains("preferredLabel"), refused.getMessage());
    }

    @Test
    void importedSpellingsThatMayBeOrdinaryWordsMatchCarefully() {
        assertEquals(MatchMode.FREE, MatchMode.ofImported("manage musical staff"));
        assertEquals(MatchMode.FREE, MatchMode.ofImported("C++"));
        assertEquals(MatchMode.EXACT, MatchMode.ofImported("Salesforce"));
        assertEquals(MatchMode.DECLARED, MatchMode.ofImported("communication"));
    }
}
