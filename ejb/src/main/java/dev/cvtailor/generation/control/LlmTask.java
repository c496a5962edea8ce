package dev.cvtailor.generation.control;

import dev.langchain4j.service.Result;

/** One question for a language model: which of the writer's tasks, with what. */
@FunctionalInterface
public interface LlmTask {

    Result<?> ask(DocumentWriter writer);
}
