package dev.rabiap.engine;

import static java.util.Objects.requireNonNull;

import dev.rabiap.engine.spi.Evidence;
import java.util.List;

/**
 * A post as the classifier saw it, for {@code rabiap classify}: where it starts, who sent it, what it
 * was classified as, and why. Immutable.
 *
 * @param evidence where the post's first message is
 * @param group the group
 * @param sender the display name as seen
 * @param personId the roster id of the sender, or empty when not resolved
 * @param roles the sender's role codes ({@code a|b}), or empty
 * @param parts how many messages the post is made of
 * @param kind the kind it was given
 * @param row the {@code file:line} of the table row that decided, or empty when none did
 * @param matched the words of the post that row matched
 * @param why the row's match and pattern, or why no row decided
 * @param text the post's text
 */
public record ClassifiedPost(Evidence evidence, String group, String sender, String personId, String roles, int parts,
                             String kind, String row, List<String> matched, String why, String text) {
    public ClassifiedPost {
        requireNonNull(evidence, "evidence is null");
        matched = List.copyOf(matched);
    }
}
