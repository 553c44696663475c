package dev.rabiap.engine;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * How a sender as seen was matched to the roster.
 *
 * @param status resolved, unknown or ambiguous
 * @param person the person when resolved, else null
 * @param candidates the people an ambiguous name could be, else empty
 * @param via how it was matched: {@code user-id}, {@code email}, {@code name}, {@code normalised-name}; for an
 *     unknown sender, {@code roster} when a roster of people was searched and fits nobody (see {@link #notOnRoster}),
 *     else empty
 */
public record Resolution(Status status, Person person, List<Person> candidates, String via) {
    /** The outcome of a roster look-up. */
    public enum Status { RESOLVED, UNKNOWN, AMBIGUOUS }

    public Resolution {
        requireNonNull(status, "status is null");
        candidates = List.copyOf(candidates);
        if ((status == Status.RESOLVED) != (person != null)) {
            throw new IllegalArgumentException("a resolved look-up has a person, and only then");
        }
    }

    static final Resolution UNKNOWN = new Resolution(Status.UNKNOWN, null, List.of(), "");
    static final Resolution NOT_ON_ROSTER = new Resolution(Status.UNKNOWN, null, List.of(), "roster");

    static Resolution of(Person person, String via) {
        return new Resolution(Status.RESOLVED, person, List.of(), via);
    }

    static Resolution ambiguous(List<Person> candidates) {
        return new Resolution(Status.AMBIGUOUS, null, candidates, "");
    }

    /**
     * True when a roster of people was searched for the sender's name and id and fits nobody: the sender
     * holds none of its roles. Not so for an empty name, an ambiguous one, or an audit without a roster.
     */
    public boolean notOnRoster() {
        return status == Status.UNKNOWN && "roster".equals(via);
    }

    /** True when the sender is a known person. */
    public boolean resolved() {
        return status == Status.RESOLVED;
    }
}
