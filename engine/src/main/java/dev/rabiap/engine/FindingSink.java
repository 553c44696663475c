package dev.rabiap.engine;

/** Receives findings as an audit produces them, in report order within each batch of messages. */
@FunctionalInterface
public interface FindingSink {
    /** Called on the auditing thread for each finding. */
    void accept(Finding finding);

    /**
     * Called instead of {@link #accept(Finding)} when the audit explains its findings
     * ({@link AuditOptions#withExplanations()}); by default it drops the explanation.
     */
    default void accept(Finding finding, Explanation why) {
        accept(finding);
    }
}
