package dev.cvtailor.generation.control;

import dev.cvtailor.generation.entity.CvDraft;
import dev.cvtailor.generation.entity.LetterDraft;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.V;

/**
 * The language model's two tasks, as a LangChain4j AI service with structured output. The prompts are versioned
 * resources ({@link #PROMPT_VERSION}); the posting and the artifacts go in as delimited JSON data, which the system
 * prompt says never to obey.
 */
public interface DocumentWriter {

    String PROMPT_VERSION = "v2";

    @SystemMessage(fromResource = "/prompts/v2/cv.system.txt")
    @UserMessage(fromResource = "/prompts/v2/cv.user.txt")
    Result<CvDraft> cv(@V("posting") String posting, @V("artifacts") String artifacts, @V("tone") String tone,
            @V("length") String length);

    @SystemMessage(fromResource = "/prompts/v2/cover-letter.system.txt")
    @UserMessage(fromResource = "/prompts/v2/cover-letter.user.txt")
    Result<LetterDraft> coverLetter(@V("posting") String posting, @V("artifacts") String artifacts,
            @V("tone") String tone);
}
