package dev.rabiap.plugin.file;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import dev.rabiap.engine.spi.MessageSourceFactory;
import dev.rabiap.engine.spi.PolicyPlugin;

/**
 * Message logs as files: JSONL ({@code jsonl}) and CSV ({@code csv}), one message a line or row, and
 * survey answers exported from a form tool ({@code survey-csv}), one answer a row.
 */
public final class FilePlugin extends AbstractModule implements PolicyPlugin {
    @Override
    public String name() {
        return "file";
    }

    @Override
    protected void configure() {
        MapBinder<String, MessageSourceFactory> factories = MapBinder.newMapBinder(binder(), String.class, MessageSourceFactory.class);
        factories.addBinding("jsonl").to(FileSourceFactories.Jsonl.class);
        factories.addBinding("csv").to(FileSourceFactories.Csv.class);
        factories.addBinding("survey-csv").to(FileSourceFactories.SurveyCsv.class);
    }
}
