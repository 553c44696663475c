package dev.rabiap.bench;

import dev.rabiap.bench.plain.Decisions;
import dev.rabiap.bench.plain.GroupRow;
import dev.rabiap.bench.plain.PlainPost;
import dev.rabiap.bench.plain.PostingRow;
import dev.rabiap.bench.plain.RoleKeys;
import dev.rabiap.engine.Person;
import dev.rabiap.engine.Resolution;
import dev.rabiap.engine.Roles;
import dev.rabiap.engine.internal.PolicyTables;
import dev.rabiap.engine.rule.GroupPolicy;
import dev.rabiap.engine.rule.Post;
import dev.rabiap.engine.rule.PostingPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.internal.utils.KieHelper;

/**
 * The peer: a plain Drools session with one hand-written rule file ({@code plain.drl}) making the
 * posting and membership decisions of Rabiap's generic rules, fed the way the Drools notes
 * recommend: the tables as facts, then the posts in batches, each batch inserted, fired on and
 * deleted. Its facts are built from the same posts Rabiap judges (group, kind, sender, target),
 * with every person's roles flattened into strings once, before any timing.
 */
final class PlainDrools {
    /** How the rule file is compiled. */
    enum Compiler { CLASSIC, EXECUTABLE_MODEL }

    private final KieBase kieBase;
    private final List<PostingRow> posting = new ArrayList<>();
    private final List<GroupRow> groups = new ArrayList<>();
    private final Roles roles;
    private final Map<Person, Set<String>> keys = new IdentityHashMap<>();

    PlainDrools(PolicyTables.Policy policy, Compiler compiler) {
        this.roles = policy.roles();
        String drl;
        try (InputStream in = PlainDrools.class.getResourceAsStream("/dev/rabiap/bench/plain/plain.drl")) {
            drl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KieHelper helper = new KieHelper().addContent(drl, ResourceType.DRL);
        this.kieBase = compiler == Compiler.CLASSIC ? helper.build() : helper.build(org.drools.model.codegen.ExecutableModelProject.class);
        for (PostingPolicy row : policy.posting()) {
            posting.add(new PostingRow(row.getRuleId(), row.getGroup(), row.getKind(), RoleKeys.of(row.getRoles()), row::says));
        }
        for (GroupPolicy row : policy.groups()) {
            groups.add(new GroupRow(row.getGroup(), row.getMembersRule(), row.getInviteRule(), RoleKeys.of(row.getEligible())));
        }
    }

    /** The plain fact of a post. */
    PlainPost fact(Post post) {
        PlainPost.Party sender = party(post.getMemberKey(), post.getSender(), post.getActor());
        PlainPost.Party target = post.getTargetKey() == null ? null : party(post.getTargetKey(), post.getTargetResolution(), post.getTargetName());
        return new PlainPost(post.getSeq(), post.getGroup(), post.getKind(), post.isSystem(), post.getEvent(), sender, target,
                post.getMessage().text());
    }

    private PlainPost.Party party(String key, Resolution resolution, String actor) {
        Person person = resolution.resolved() ? resolution.person() : null;
        Set<String> roleKeys = person == null ? Set.of() : keys.computeIfAbsent(person, p -> RoleKeys.of(p, roles));
        return new PlainPost.Party(key, resolution.resolved(), resolution.status() == Resolution.Status.UNKNOWN,
                person == null ? "" : person.id(), actor == null ? "" : actor, roleKeys);
    }

    /** Decides every post, {@code batch} at a time (1: fires after each post, the live path). */
    Decisions decide(List<PlainPost> posts, int batch) {
        return decide(posts, batch, null);
    }

    /**
     * Decides every post, {@code batch} at a time; with {@code nanos}, also the time each post took
     * to decide (with a batch of one: insert, fire, delete).
     */
    Decisions decide(List<PlainPost> posts, int batch, long[] nanos) {
        Decisions decisions = new Decisions();
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("decisions", decisions);
            for (PostingRow row : posting) {
                session.insert(row);
            }
            for (GroupRow row : groups) {
                session.insert(row);
            }
            List<FactHandle> handles = new ArrayList<>(batch);
            for (int i = 0; i < posts.size(); i++) {
                long start = nanos == null ? 0 : System.nanoTime();
                handles.add(session.insert(posts.get(i)));
                if (handles.size() >= batch) {
                    session.fireAllRules();
                    for (FactHandle handle : handles) {
                        session.delete(handle);
                    }
                    handles.clear();
                }
                if (nanos != null) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
            session.fireAllRules();
            for (FactHandle handle : handles) {
                session.delete(handle);
            }
        } finally {
            session.dispose();
        }
        return decisions;
    }
}
