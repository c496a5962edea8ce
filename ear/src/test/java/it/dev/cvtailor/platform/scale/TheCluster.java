package it.dev.cvtailor.platform.scale;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands the scale-out tests the one {@link Cluster}, started by the first test class that asks for it and closed
 * when all of them have run (JUnit closes what the root store holds). Outside the scale-out profile, which makes
 * the servers, the tests are skipped.
 */
final class TheCluster implements ExecutionCondition, ParameterResolver {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return System.getProperty("it.scale.wlp") == null
                ? ConditionEvaluationResult.disabled("the scale-out tests run in the scale-out profile")
                : ConditionEvaluationResult.enabled("the scale-out profile made the servers");
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Cluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Cluster.class, key -> Cluster.start(), Cluster.class);
    }
}
