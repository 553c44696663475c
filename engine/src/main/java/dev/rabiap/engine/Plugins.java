package dev.rabiap.engine;

import dev.rabiap.engine.spi.PolicyPlugin;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the plugins on the class path with {@link ServiceLoader}. */
public final class Plugins {
    private static final Logger LOG = LoggerFactory.getLogger(Plugins.class);

    private Plugins() {}

    /** The plugins visible to the class loader, sorted by name. */
    public static List<PolicyPlugin> load(ClassLoader loader) {
        List<PolicyPlugin> plugins = new ArrayList<>();
        ServiceLoader.load(PolicyPlugin.class, loader).forEach(plugins::add);
        return checked(plugins);
    }

    /**
     * Sorts plugins by name and checks them.
     *
     * @throws PolicyException with {@link ErrorCode#BAD_SETUP} when there is none or two share a name
     */
    public static List<PolicyPlugin> checked(List<PolicyPlugin> plugins) {
        if (plugins.isEmpty()) {
            throw new PolicyException(ErrorCode.BAD_SETUP, "no plugin found: put at least one plugin jar (such as rabiap-plugin-file) on the class path");
        }
        Map<String, PolicyPlugin> byName = new HashMap<>();
        for (PolicyPlugin plugin : plugins) {
            PolicyPlugin previous = byName.putIfAbsent(plugin.name(), plugin);
            if (previous != null) {
                throw new PolicyException(ErrorCode.BAD_SETUP, "two plugins are named '" + plugin.name() + "': "
                        + previous.getClass().getName() + " and " + plugin.getClass().getName());
            }
        }
        List<PolicyPlugin> sorted = new ArrayList<>(plugins);
        sorted.sort(Comparator.comparing(PolicyPlugin::name));
        sorted.forEach(p -> LOG.debug("Registering plugin {}", p.name()));
        return sorted;
    }
}
