package dev.rabiap.stream;

import java.util.List;

/** Adds {@code rabiap stream} and {@code rabiap publish} to the command line when this module is on the class path. */
public final class StreamCommands implements dev.rabiap.cli.CommandSet {
    @Override
    public List<Class<?>> commands() {
        return List.of(StreamCommand.class, PublishCommand.class);
    }
}
