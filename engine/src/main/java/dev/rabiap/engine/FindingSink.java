package dev.rabiap.engine;

/** Receives findings as an audit produces them, in report order within each batch of messages. */
@FunctionalInterface
public interface FindingSink {
    /** Called on the auditing thread for each finding. */
    void accept(Finding finding);
}
