package dev.cvtailor.generation.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Collectors;

import dev.cvtailor.generation.entity.DocumentKind;
import dev.cvtailor.generation.entity.GenerationInput;
import dev.cvtailor.generation.entity.SourceArtifact;

/**
 * What makes two language-model requests the same, hashed: the document kind, the posting, the options, the
 * model, the prompt version and every artifact's version. An identical request reuses the earlier answer.
 */
public final class GenerationKey {

    private GenerationKey() {
    }

    public static String of(DocumentKind kind, String postingHash, GenerationInput input, String model) {
        String artifacts = input.sources().stream().sorted(Comparator.comparingLong(SourceArtifact::id))
                .map(s -> s.id() + ":" + s.version()).collect(Collectors.joining(","));
        String key = String.join("|", DocumentWriter.PROMPT_VERSION, kind.code, postingHash, input.tone().name(),
                input.length().name(), model, artifacts);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
