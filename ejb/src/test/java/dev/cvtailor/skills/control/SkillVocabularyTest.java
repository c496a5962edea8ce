package dev.cvtailor.skills.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.cvtailor.skills.control.SkillVocabulary.Term;
import dev.cvtailor.skills.entity.MatchMode;
import dev.cvtailor.skills.entity.SkillRef;

class SkillVocabularyTest {

    private final List<Term> terms = new ArrayList<>();
    private final SkillVocabulary vocabulary = vocabulary();

    private SkillVocabulary vocabulary() {
        skill("Kubernetes", "FREE:k8s");
        skill("PostgreSQL", "FREE:Postgres");
        skill("JavaScript", "FREE:JS");
        skill("Java");
        skill("C#");
        skill("C++");
        skill("C", "EXACT:C");
        skill(".NET");
        skill("Node.js", "FREE:NodeJS");
        skill("Go", "EXACT:Go", "FREE:Golang");
        skill("R", "EXACT:R");
        skill("Research and development", "FREE:R&D");
        skill("Machine learning", "FREE:ML");
        skill("Spring Boot");
        skill("Go-to-market strategy", "FREE:GTM strategy");
        skill("Communication", "DECLARED:communication");
        return new SkillVocabulary(terms);
    }

    private void skill(String name, String... spellings) {
        SkillRef ref = new SkillRef(terms.size() + 1, name, "test");
        boolean nameListed = false;
        for (String s : spellings) {
            String[] modeAndSpelling = s.split(":", 2);
            terms.add(new Term(ref, modeAndSpelling[1], MatchMode.valueOf(modeAndSpelling[0])));
            nameListed |= modeAndSpelling[1].equals(name);
        }
        if (!nameListed) {
            terms.add(new Term(ref, name, MatchMode.FREE));
        }
    }

    private List<String> found(String text) {
        return vocabulary.foundIn(text).stream().map(SkillRef::name).toList();
    }

    @Test
    void findsAliasesInAnyCase() {
        assertEquals(List.of("Kubernetes", "PostgreSQL", "JavaScript", "Node.js"),
                found("Deployed on K8S with postgres; front end in js and a nodejs API."));
    }

    @Test
    void keepsThePunctuationSkillsAreWrittenWith() {
        assertEquals(List.of("C#", "C++", ".NET", "Java"), found("Services in C#, tools in C++ on .NET. Then Java."));
    }

    @Test
    void takesTheLongestSpelling() {
        assertEquals(List.of("Spring Boot", "Java"), found("An API with Spring Boot and Java"));
    }

    @Test
    void goToMarketIsNotGo() {
        assertEquals(List.of(), found("Go to market plan for the new product"));
        assertEquals(List.of(), found("we had to go to market quickly"));
        assertEquals(List.of("Go-to-market strategy"), found("Owned the go-to-market strategy."));
    }

    @Test
    void goWrittenAsALanguageIsGo() {
        assertEquals(List.of("Go", "PostgreSQL"), found("Rewrote the billing service in Go with PostgreSQL."));
        assertEquals(List.of("Go"), found("golang microservices"));
    }

    @Test
    void researchAndDevelopmentIsNotR() {
        assertEquals(List.of("Research and development"), found("Led R&D for the sensor line"));
        assertEquals(List.of("R"), found("Statistical models in R and Python"));
        assertEquals(List.of(), found("R is what we used"), "a sentence's first word is not taken for R");
    }

    @Test
    void neverJoinsWordsAcrossACommaOrSentence() {
        assertEquals(List.of(), found("Spring, Boot camp"));
        assertEquals(List.of(), found("We love spring. Boot it up"));
    }

    @Test
    void splitsSlashesAndHyphensItDoesNotKnow() {
        assertEquals(List.of("Java", "JavaScript", "Kubernetes"), found("Java/JavaScript on a Kubernetes-based platform"));
    }

    @Test
    void plainWordsCountOnlyWhenDeclared() {
        assertEquals(List.of(), found("good communication with the team"));
        assertEquals(Set.of("Communication"), names(vocabulary.named("communication")));
    }

    @Test
    void declaredNamesMatchInAnyCaseAndInsideLongerNames() {
        assertEquals(Set.of("Go"), names(vocabulary.named("go")));
        assertEquals(Set.of("Java"), names(vocabulary.named("Java 17")));
        assertEquals(Set.of("Go"), names(vocabulary.named("Go 1.22")));
        assertTrue(vocabulary.named("clear communication skills").isEmpty(), "plain words inside a name");
        assertTrue(vocabulary.named("Underwater basket weaving").isEmpty());
    }

    private static Set<String> names(Set<SkillRef> refs) {
        return Set.copyOf(refs.stream().map(SkillRef::name).toList());
    }
}
