package dev.cvtailor.skills.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.cvtailor.skills.entity.TaxonomyEntry;

class TaxonomyFilesTest {

    @Test
    void dropsTheHalvesOfAnEscoLabelWrappedOverTwoLines() {
        String csv = """
                conceptUri,skillType,preferredLabel,altLabels,status
                http://data.europa.eu/esco/skill/1,skill/competence,compile airport certification manuals,"develop airport certification manuals
                assemble information on airport facilities
                and procedures
                compile information on facilities, equipment,
                maintain airport certification manuals",released
                """;
        List<TaxonomyEntry> entries = TaxonomyFiles.esco(new StringReader(csv)).toList();
        assertEquals(List.of("develop airport certification manuals", "assemble information on airport facilities",
                "maintain airport certification manuals"), entries.get(0).aliases());
        assertEquals("Skill or competence (ESCO)", entries.get(0).category());
    }

    @Test
    void refusesAFileWithoutTheColumnsItNeeds() {
        assertThrows(IllegalArgumentException.class,
                () -> TaxonomyFiles.esco(new StringReader("name,aliases\nJava,\n")).toList());
    }
}
