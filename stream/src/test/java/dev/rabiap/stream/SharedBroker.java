package dev.rabiap.stream;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives the integration tests one broker for the whole run: the first test that asks for a
 * {@link Broker} parameter starts it, and JUnit closes it when the run ends (a value of the root
 * context's store that is {@link AutoCloseable}). Each test class uses topics, application ids and
 * transactional ids of its own, so none sees another's records.
 */
final class SharedBroker implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedBroker.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Broker.class;
    }

    @Override
    public Broker resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Broker.class, type -> start(), Broker.class);
    }

    private static Broker start() {
        try {
            return new Broker();
        } catch (Exception e) {
            throw new IllegalStateException("the test broker did not start", e);
        }
    }
}
