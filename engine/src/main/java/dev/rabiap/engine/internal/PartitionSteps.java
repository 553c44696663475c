package dev.rabiap.engine.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rabiap.engine.Finding;
import dev.rabiap.engine.LedgerEntry;
import dev.rabiap.engine.PartitionedRules.Handoff;
import dev.rabiap.engine.PartitionedRules.Output;
import dev.rabiap.engine.PartitionedRules.State;
import dev.rabiap.engine.Roster;
import dev.rabiap.engine.rule.CoveragePolicy;
import dev.rabiap.engine.rule.DutyState;
import dev.rabiap.engine.rule.EndOfLog;
import dev.rabiap.engine.rule.GroupPolicy;
import dev.rabiap.engine.rule.LogTime;
import dev.rabiap.engine.rule.Member;
import dev.rabiap.engine.rule.MissingMembers;
import dev.rabiap.engine.rule.NotAMember;
import dev.rabiap.engine.rule.Obligation;
import dev.rabiap.engine.rule.ObligationPolicy;
import dev.rabiap.engine.rule.Post;
import dev.rabiap.engine.rule.PostingPolicy;
import dev.rabiap.engine.rule.RegistryPolicy;
import dev.rabiap.engine.spi.ChatMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.kie.api.definition.type.FactType;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;

/**
 * The steps of a partitioned run (see {@link dev.rabiap.engine.PartitionedRules}): the group step
 * reads a group's messages into posts and runs every rule but those that judge duties; the party
 * step runs the rules that judge duties, where a party's duties and answers meet. Each step is a
 * short session from the shared rule base over the facts the step needs, loaded from and written
 * back to the caller's state. Thread-safe: the per-thread reading pipeline is confined to its thread.
 */
public final class PartitionSteps {
    private static final String SEP = "\u0000";
    /**
     * The rules that judge duties: they run in the party step, where duties and answers meet. A rule
     * says so itself, with {@code @step("party")} in its DRL; every other rule runs in the group step.
     */
    static final Predicate<String> PARTY_RULE = "party"::equals;

    private final CompiledRules compiled;
    private final ThreadLocal<PostMaker> makers;
    private final Map<String, String> groups = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<GroupPolicy>> groupPolicies = new HashMap<>();
    private final Map<String, List<PostingPolicy>> postingPolicies = new HashMap<>();
    private final Map<String, List<ObligationPolicy>> obligationPolicies = new HashMap<>();
    private final Map<String, List<CoveragePolicy>> coveragePolicies = new HashMap<>();

    public PartitionSteps(CompiledRules compiled, Roster roster) {
        this.compiled = compiled;
        PolicyTables.Policy policy = compiled.policy();
        this.makers = ThreadLocal.withInitial(() -> new PostMaker(policy, roster, post -> { }));
        for (GroupPolicy group : policy.groups()) {
            groups.put(group.getGroup(), group.getGroup());
            groupPolicies.computeIfAbsent(group.getGroup(), g -> new ArrayList<>()).add(group);
        }
        for (PostingPolicy posting : policy.posting()) {
            postingPolicies.computeIfAbsent(posting.getGroup(), g -> new ArrayList<>()).add(posting);
        }
        for (ObligationPolicy obligation : policy.obligations()) {
            obligationPolicies.computeIfAbsent(obligation.getGroup(), g -> new ArrayList<>()).add(obligation);
        }
        for (CoveragePolicy coverage : policy.coverage()) {
            coveragePolicies.computeIfAbsent(coverage.getGroup(), g -> new ArrayList<>()).add(coverage);
        }
    }

    private String group(String name) {
        return groups.computeIfAbsent(name, g -> g);
    }

    // ---------------------------------------------------------------- the group step

    /** Reads one message of its group and runs the group's rules on the posts it completes. */
    public Output message(ChatMessage message, long seq, State state) {
        String group = group(message.group());
        Collector out = new Collector();
        List<PostAssembler.Assembled> done = assemble(group, state, message, seq, null);
        judgeGroup(group, done, state, out);
        return out.output();
    }

    /** Hands on the posts of every group whose senders have had the post gap to add to them by {@code millis}. */
    public Output advance(long millis, State state) {
        Collector out = new Collector();
        for (String group : heldGroups(state)) {
            List<PostAssembler.Assembled> done = assemble(group, state, null, 0, millis);
            judgeGroup(group, done, state, out);
        }
        return out.output();
    }

    /** The time of the earliest message held in a post not yet handed on, or {@link Long#MAX_VALUE}. */
    public long heldSince(State state) {
        long since = Long.MAX_VALUE;
        for (Map.Entry<String, byte[]> entry : state.scan("p" + SEP)) {
            for (JsonNode held : FactCodec.tree(entry.getValue())) {
                since = Math.min(since, FactCodec.time(held.get("message").get("time")).toInstant().toEpochMilli());
            }
        }
        return since;
    }

    /** The end of the log: every held post handed on, then the rules that judge at the end for the groups given. */
    public Output end(ZonedDateTime asOf, State state, Predicate<String> owns, boolean registry) {
        Collector out = new Collector();
        for (String group : heldGroups(state)) {
            List<PostAssembler.Assembled> done = assemble(group, state, null, 0, Long.MIN_VALUE);
            judgeGroup(group, done, state, out);
        }
        TreeSet<String> ending = new TreeSet<>();
        for (Map.Entry<String, byte[]> entry : state.scan("m" + SEP)) {
            ending.add(entry.getKey().split(SEP, -1)[1]);
        }
        for (String group : coveragePolicies.keySet()) {
            if (owns.test(group)) {
                ending.add(group);
            }
        }
        EndOfLog end = new EndOfLog(asOf, Long.MAX_VALUE / 4);
        for (String name : ending) {
            String group = group(name);
            try (Step step = new Step(state, out, PARTY_RULE.negate())) {
                groupPolicies.getOrDefault(group, List.of()).forEach(step.session::insert);
                coveragePolicies.getOrDefault(group, List.of()).forEach(step.session::insert);
                step.loadAll(group);
                step.settle();
                step.session.insert(end);
                step.fire();
                step.writeBack();
            }
        }
        if (registry && !compiled.policy().registry().isEmpty()) {
            try (Step step = new Step(state, out, PARTY_RULE.negate())) {
                for (RegistryPolicy policy : compiled.policy().registry()) {
                    step.session.insert(policy);
                }
                step.session.insert(end);
                step.fire();
            }
        }
        return out.output();
    }

    private List<String> heldGroups(State state) {
        List<String> held = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : state.scan("p" + SEP)) {
            held.add(entry.getKey().substring(2));
        }
        return held;
    }

    /**
     * Replays the group's held messages into a new assembler, adds the message (if any), advances to
     * {@code advance} (if given; {@link Long#MIN_VALUE} finishes every post), stores what is still held
     * and returns the posts handed on.
     */
    private List<PostAssembler.Assembled> assemble(String group, State state, ChatMessage message, long seq, Long advance) {
        PostMaker maker = makers.get();
        List<PostAssembler.Assembled> done = new ArrayList<>();
        PostAssembler assembler = new PostAssembler(compiled.policy().postGap(), done::add);
        String key = "p" + SEP + group;
        byte[] held = state.get(key);
        if (held != null) {
            for (JsonNode node : FactCodec.tree(held)) {
                assembler.add(maker.incoming(dev.rabiap.engine.spi.MessageJson.read(node.get("message")), node.get("seq").asLong()));
            }
        }
        if (message != null) {
            assembler.add(maker.incoming(message, seq));
        }
        if (advance != null) {
            if (advance == Long.MIN_VALUE) {
                assembler.finish();
            } else {
                assembler.advanceTo(advance);
            }
        }
        List<PostAssembler.Incoming> still = assembler.held();
        if (still.isEmpty()) {
            if (held != null) {
                state.delete(key);
            }
        } else {
            ArrayNode array = FactCodec.JSON.createArrayNode();
            for (PostAssembler.Incoming incoming : still) {
                ObjectNode node = array.addObject();
                node.put("seq", incoming.position());
                node.set("message", dev.rabiap.engine.spi.MessageJson.write(incoming.message()));
            }
            state.put(key, FactCodec.bytes(array));
        }
        return done;
    }

    /** A group's reading context as the store keeps it: the orders in front of its members and its last question. */
    private static byte[] writeContext(PostMaker.GroupContext context) {
        ObjectNode node = FactCodec.JSON.createObjectNode();
        ArrayNode orders = node.putArray("orders");
        context.orders().forEach(order -> orders.add(FactCodec.post(order)));
        node.set("question", context.question() == null ? null : dev.rabiap.engine.spi.MessageJson.write(context.question()));
        return FactCodec.bytes(node);
    }

    private PostMaker.GroupContext readContext(byte[] bytes) {
        JsonNode node = FactCodec.tree(bytes);
        List<Post> orders = new ArrayList<>();
        node.get("orders").forEach(order -> orders.add(FactCodec.post(order, groups)));
        JsonNode question = node.get("question");
        return new PostMaker.GroupContext(orders, question == null || question.isNull() ? null : dev.rabiap.engine.spi.MessageJson.read(question));
    }

    private void judgeGroup(String group, List<PostAssembler.Assembled> done, State state, Collector out) {
        if (done.isEmpty()) {
            return;
        }
        PostMaker maker = makers.get();
        String wordsKey = "w" + SEP + group;
        byte[] words = state.get(wordsKey);
        Map<String, Integer> restored = new HashMap<>();
        if (words != null) {
            FactCodec.tree(words).fields().forEachRemaining(e -> restored.put(e.getKey(), e.getValue().asInt()));
        }
        maker.restoreGroupWords(group, restored);
        String contextKey = "c" + SEP + group;
        byte[] context = state.get(contextKey);
        PostMaker.GroupContext restoredContext = context == null ? new PostMaker.GroupContext(List.of(), null) : readContext(context);
        maker.restoreContext(group, restoredContext);
        List<Post> posts = new ArrayList<>(done.size());
        for (PostAssembler.Assembled assembled : done) {
            posts.add(maker.post(assembled));
        }
        // written back only when a post changed it: the same orders (the very objects restored) and question
        PostMaker.GroupContext contextNow = maker.context(group);
        if (!contextNow.equals(restoredContext)) {
            state.put(contextKey, writeContext(contextNow));
        }
        Map<String, Integer> after = maker.groupWords(group);
        if (after != null && !after.equals(restored)) {
            ObjectNode node = FactCodec.JSON.createObjectNode();
            new TreeMap<>(after).forEach(node::put);
            state.put(wordsKey, FactCodec.bytes(node));
        }
        boolean capacity = groupPolicies.getOrDefault(group, List.of()).stream().anyMatch(g -> (g.getCapRule() != null || g.getLimitRule() != null) && !g.isAccount());
        try (Step step = new Step(state, out, PARTY_RULE.negate())) {
            groupPolicies.getOrDefault(group, List.of()).forEach(step.session::insert);
            postingPolicies.getOrDefault(group, List.of()).forEach(step.session::insert);
            obligationPolicies.getOrDefault(group, List.of()).forEach(step.session::insert);
            for (Post post : posts) {
                boolean newcomer = !step.load(group, post.getMemberKey());
                if (post.getTargetKey() != null) {
                    newcomer |= !step.load(group, post.getTargetKey());
                }
                if (capacity && newcomer) {
                    // only a new member can take a group over its cap: then the rule counts them all
                    step.loadAll(group);
                }
                step.settle();
                FactHandle handle = step.session.insert(post);
                step.fire();
                step.session.delete(handle);
                for (Obligation duty : step.takeDuties()) {
                    ObjectNode node = duty(duty);
                    out.handoffs.add(new Handoff(partyKey(duty.getUnit(), duty.getParty()), post.getSeq(), post.getMillis(),
                            FactCodec.bytes(node)));
                }
                if (post.isAnswering()) {
                    ObjectNode node = FactCodec.JSON.createObjectNode();
                    node.put("type", "answer");
                    node.set("post", FactCodec.post(post));
                    byte[] payload = FactCodec.bytes(node);
                    for (String party : answerParties(post)) {
                        out.handoffs.add(new Handoff(party, post.getSeq(), post.getMillis(), payload));
                    }
                }
            }
            step.writeBack();
        }
    }

    private static List<String> answerParties(Post post) {
        List<String> parties = new ArrayList<>(3);
        if (post.getDistrict() != null && !post.getDistrict().isEmpty()) {
            parties.add(partyKey(ObligationPolicy.PartyUnit.DISTRICT, post.getDistrict()));
        }
        if (post.getAgency() != null && !post.getAgency().isEmpty()) {
            parties.add(partyKey(ObligationPolicy.PartyUnit.AGENCY, post.getAgency()));
        }
        if (post.getPersonId() != null) {
            parties.add(partyKey(ObligationPolicy.PartyUnit.SENDER, post.getPersonId()));
        }
        return parties;
    }

    /** The key a party's duties and answers meet under: {@code district:…}, {@code agency:…} or {@code sender:…}. */
    public static String partyKey(ObligationPolicy.PartyUnit unit, String party) {
        return unit.name().toLowerCase(java.util.Locale.ROOT) + ":" + party;
    }

    private static ObjectNode duty(Obligation duty) {
        ObjectNode node = FactCodec.JSON.createObjectNode();
        node.put("type", "duty");
        node.put("rule", duty.getPolicy().getRuleId());
        node.put("policyGroup", duty.getPolicy().getGroup());
        node.put("row", duty.getPolicy().getRow() == null ? "" : duty.getPolicy().getRow().toString());
        node.put("party", duty.getParty());
        node.put("day", duty.getDay());
        node.set("order", FactCodec.post(duty.getOrder()));
        if (duty.getCorrection() != null) {
            node.set("correction", FactCodec.post(duty.getCorrection()));
            node.put("moving", duty.isMoving());
            node.put("withdrawing", duty.isWithdrawing());
        }
        return node;
    }

    /** The duty back, under the rules in force: the row of the same rule id and group, at the same place if it is still there. */
    private Obligation duty(JsonNode node) {
        String rule = node.get("rule").asText();
        String policyGroup = node.get("policyGroup").asText();
        String row = node.get("row").asText();
        ObligationPolicy found = null;
        for (ObligationPolicy policy : compiled.policy().obligations()) {
            if (policy.getRuleId().equals(rule) && policy.getGroup().equals(policyGroup)) {
                if (found == null || (policy.getRow() != null && policy.getRow().toString().equals(row))) {
                    found = policy;
                }
            }
        }
        if (found == null) {
            return null;
        }
        JsonNode day = node.get("day");
        JsonNode correction = node.get("correction");
        return new Obligation(found, FactCodec.post(node.get("order"), groups), node.get("party").asText(), day == null ? 0 : day.asInt(),
                correction == null ? null : FactCodec.post(correction, groups), node.path("moving").asBoolean(false),
                node.path("withdrawing").asBoolean(false));
    }

    // ---------------------------------------------------------------- the party step

    /** Takes one item of a party, in the log's order: a duty to keep, or an answer to judge against the party's duties. */
    public Output party(Handoff item, State state) {
        Collector out = new Collector();
        JsonNode node = FactCodec.tree(item.payload());
        if (node.get("type").asText().equals("duty")) {
            Obligation duty = duty(node);
            if (duty != null && duty.isMoving()) {
                // a correction of the order's deadline (obligation-facts.drl): it replaces the duty if that is still open
                String key = dutyKey(item.party(), duty);
                byte[] before = state.get(key);
                if (before != null) {
                    Obligation open = duty(FactCodec.tree(before));
                    if (open != null) {
                        state.delete(expiryKey(open, key));
                    }
                    if (duty.isWithdrawing()) {
                        state.delete(key);
                        out.ledger.add(Ledger.entry(open == null ? duty : open, LedgerEntry.State.WITHDRAWN, duty.getCorrection()));
                        return out.output();
                    }
                    Obligation settled = duty.settled();
                    state.put(key, FactCodec.bytes(duty(settled)));
                    state.put(expiryKey(settled, key), key.getBytes(StandardCharsets.UTF_8));
                    out.ledger.add(Ledger.entry(settled, LedgerEntry.State.OPEN, null));
                }
                return out.output();
            }
            if (duty != null) {
                String key = dutyKey(item.party(), duty);
                state.put(key, item.payload());
                state.put(expiryKey(duty, key), key.getBytes(StandardCharsets.UTF_8));
                out.ledger.add(Ledger.entry(duty, LedgerEntry.State.OPEN, null));
            }
            return out.output();
        }
        Post answer = FactCodec.post(node.get("post"), groups);
        String prefix = "o" + SEP + item.party() + SEP + answer.getGroup() + SEP;
        List<Map.Entry<String, byte[]>> open = state.scan(prefix);
        if (open.isEmpty()) {
            return out.output();
        }
        try (Step step = new Step(state, out, PARTY_RULE)) {
            step.loadDuties(open);
            step.settle();
            FactHandle handle = step.session.insert(answer);
            step.fire();
            step.session.delete(handle);
            step.closeDuties();
        }
        return out.output();
    }

    /** Judges missing every duty whose late window has passed by {@code millis}, the log's own time. */
    public Output expire(long millis, State state) {
        Collector out = new Collector();
        List<Map.Entry<String, byte[]>> due = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : state.scan("e" + SEP)) {
            long expires = Long.parseLong(entry.getKey().split(SEP, 3)[1]);
            if (expires > millis) {
                break;
            }
            String key = new String(entry.getValue(), StandardCharsets.UTF_8);
            byte[] duty = state.get(key);
            if (duty == null) {
                state.delete(entry.getKey());
            } else {
                due.add(Map.entry(key, duty));
            }
        }
        if (due.isEmpty()) {
            return out.output();
        }
        try (Step step = new Step(state, out, PARTY_RULE)) {
            step.loadDuties(due);
            step.settle();
            step.session.insert(new LogTime(ZonedDateTime.ofInstant(Instant.ofEpochMilli(millis), ChatMessage.BANGKOK)));
            step.fire();
            step.closeDuties();
        }
        return out.output();
    }

    /** The end of the log: every duty whose deadline has passed at {@code asOf} is missing. */
    public Output endParties(ZonedDateTime asOf, State state) {
        Collector out = new Collector();
        List<Map.Entry<String, byte[]>> all = state.scan("o" + SEP);
        if (all.isEmpty()) {
            return out.output();
        }
        try (Step step = new Step(state, out, PARTY_RULE)) {
            step.loadDuties(all);
            step.settle();
            step.session.insert(new EndOfLog(asOf, Long.MAX_VALUE / 4));
            step.fire();
            step.closeDuties();
        }
        return out.output();
    }

    private static String dutyKey(String party, Obligation duty) {
        return "o" + SEP + party + SEP + duty.getAnswerGroup() + SEP + String.format("%019d", duty.getOrderSeq()) + SEP
                + duty.getPolicy().getRuleId() + SEP + duty.getParty() + (duty.getDay() > 0 ? SEP + duty.getDay() : "");
    }

    private static String expiryKey(Obligation duty, String dutyKey) {
        return "e" + SEP + String.format("%019d", Math.max(0, duty.getExpiresMillis())) + SEP + dutyKey;
    }

    // ---------------------------------------------------------------- sessions

    private static final class Collector {
        final List<Finding> findings = new ArrayList<>();
        final List<Handoff> handoffs = new ArrayList<>();
        final List<LedgerEntry> ledger = new ArrayList<>();

        Output output() {
            return new Output(List.copyOf(findings), List.copyOf(handoffs), List.copyOf(ledger));
        }
    }

    /** One short session: facts loaded from the state by key, written back when they change. */
    private final class Step implements AutoCloseable {
        final KieSession session;
        private final State state;
        private final Collector out;
        private final AgendaFilter filter;
        private final List<Finding> produced = new ArrayList<>();
        private final List<FactHandle> transients = new ArrayList<>();
        private final List<Obligation> duties = new ArrayList<>();
        private final Map<String, Object> loaded = new LinkedHashMap<>();
        private final java.util.Set<String> loadedPrefixes = new java.util.HashSet<>();
        private final Map<Obligation, String> dutyKeys = new IdentityHashMap<>();

        Step(State state, Collector out, Predicate<String> rules) {
            this.state = state;
            this.out = out;
            this.filter = match -> rules.test((String) match.getRule().getMetaData().get("step"));
            this.session = compiled.kieBase().newKieSession();
            session.setGlobal("findings", compiled.findings());
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    Object fact = event.getObject();
                    if (fact instanceof Finding finding) {
                        produced.add(finding);
                        transients.add(event.getFactHandle());
                    } else if (fact instanceof DutyState decided) {
                        transients.add(event.getFactHandle());
                        LedgerEntry.State entry = switch (decided.state()) {
                            case ON_TIME -> LedgerEntry.State.ON_TIME;
                            case LATE -> LedgerEntry.State.LATE;
                            case MISSING -> LedgerEntry.State.MISSING;
                            case NOT_JUDGED -> LedgerEntry.State.NOT_JUDGED;
                            case WITHDRAWN -> LedgerEntry.State.WITHDRAWN;
                        };
                        out.ledger.add(Ledger.entry(decided.obligation(), entry, decided.answer()));
                    } else if (fact instanceof MissingMembers missing) {
                        produced.addAll(missing.findings());
                        transients.add(event.getFactHandle());
                    } else if (fact instanceof NotAMember) {
                        transients.add(event.getFactHandle());
                    } else if (fact instanceof Obligation duty && event.getRule() != null) {
                        duties.add(duty);
                    }
                }
            });
        }

        /**
         * Drops the matches of the facts just restored from the state: the rules fired on them when
         * they were first made, and must not fire again because a new session sees them anew. Only
         * what comes after (the next post, the end of the log, the log's time) makes rules fire.
         */
        void settle() {
            session.fireAllRules(match -> false);
        }

        void fire() {
            session.fireAllRules(filter);
            for (FactHandle handle : transients) {
                session.delete(handle);
            }
            transients.clear();
            produced.sort(Finding.ORDER);
            out.findings.addAll(produced);
            produced.clear();
        }

        /** The duties the rules opened since the last call, taken out of working memory. */
        List<Obligation> takeDuties() {
            List<Obligation> taken = new ArrayList<>(duties);
            duties.clear();
            for (Obligation duty : taken) {
                FactHandle handle = session.getFactHandle(duty);
                if (handle != null) {
                    session.delete(handle);
                }
            }
            return taken;
        }

        /**
         * Loads the member of {@code key} and the declared facts about them, once.
         *
         * @return whether the state holds them as a member
         */
        boolean load(String group, String key) {
            String memberKey = "m" + SEP + group + SEP + key;
            if (loadedPrefixes.contains("m" + SEP + group + SEP)) {
                return loaded.get(memberKey) != null;
            }
            if (!loaded.containsKey(memberKey)) {
                byte[] member = state.get(memberKey);
                if (member != null) {
                    Member restored = FactCodec.member(FactCodec.tree(member), groups);
                    loaded.put(memberKey, restored);
                    session.insert(restored);
                } else {
                    loaded.put(memberKey, null);
                }
            }
            loadDeclared("x" + SEP + group + SEP + key + SEP);
            loadDeclared("x" + SEP + group + SEP + SEP);
            return loaded.get(memberKey) != null;
        }

        /** Loads every member of the group and every declared fact about it. */
        void loadAll(String group) {
            String prefix = "m" + SEP + group + SEP;
            if (!loadedPrefixes.add(prefix)) {
                return;
            }
            for (Map.Entry<String, byte[]> entry : state.scan(prefix)) {
                if (!loaded.containsKey(entry.getKey()) || loaded.get(entry.getKey()) == null) {
                    Member restored = FactCodec.member(FactCodec.tree(entry.getValue()), groups);
                    loaded.put(entry.getKey(), restored);
                    session.insert(restored);
                }
            }
            loadDeclared("x" + SEP + group + SEP);
        }

        private void loadDeclared(String prefix) {
            for (String done : loadedPrefixes) {
                if (prefix.startsWith(done) && done.startsWith("x")) {
                    return;
                }
            }
            loadedPrefixes.add(prefix);
            for (Map.Entry<String, byte[]> entry : state.scan(prefix)) {
                if (loaded.containsKey(entry.getKey())) {
                    continue;
                }
                Object fact = FactCodec.declaredFact(compiled.kieBase(), FactCodec.tree(entry.getValue()), groups);
                loaded.put(entry.getKey(), fact);
                if (fact != null) {
                    session.insert(fact);
                }
            }
        }

        /** Writes back the members and declared facts that changed, and deletes those that left working memory. */
        void writeBack() {
            Map<String, Object> present = new HashMap<>();
            for (Object fact : session.getObjects()) {
                if (fact instanceof Member member) {
                    present.put("m" + SEP + member.getGroup() + SEP + member.getKey(), member);
                } else {
                    FactType type = FactCodec.declared(compiled.kieBase(), fact);
                    if (type != null) {
                        ObjectNode node = FactCodec.declaredFact(type, fact);
                        JsonNode fields = node.get("fields");
                        String group = fields.hasNonNull("group") ? fields.get("group").asText() : "";
                        String key = fields.hasNonNull("key") ? fields.get("key").asText() : "";
                        String storeKey = "x" + SEP + group + SEP + key + SEP + type.getName() + SEP + Integer.toHexString(fields.toString().hashCode());
                        present.put(storeKey, fact);
                    }
                }
            }
            for (Map.Entry<String, Object> entry : loaded.entrySet()) {
                if (entry.getValue() != null && present.get(entry.getKey()) != entry.getValue()) {
                    if (!present.containsKey(entry.getKey())) {
                        state.delete(entry.getKey());
                    }
                }
            }
            for (Map.Entry<String, Object> entry : present.entrySet()) {
                if (loaded.get(entry.getKey()) != entry.getValue()) {
                    Object fact = entry.getValue();
                    JsonNode node = fact instanceof Member member ? FactCodec.member(member)
                            : FactCodec.declaredFact(FactCodec.declared(compiled.kieBase(), fact), fact);
                    state.put(entry.getKey(), FactCodec.bytes(node));
                }
            }
        }

        void loadDuties(List<Map.Entry<String, byte[]>> entries) {
            for (Map.Entry<String, byte[]> entry : entries) {
                Obligation duty = duty(FactCodec.tree(entry.getValue()));
                if (duty == null) {
                    // its rule is gone from the rules in force
                    deleteDuty(entry.getKey(), null);
                    continue;
                }
                dutyKeys.put(duty, entry.getKey());
                session.insert(duty);
            }
        }

        /** Deletes from the state the duties the rules closed. */
        void closeDuties() {
            java.util.Set<Object> still = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            still.addAll(session.getObjects(o -> o instanceof Obligation));
            for (Map.Entry<Obligation, String> entry : dutyKeys.entrySet()) {
                if (!still.contains(entry.getKey())) {
                    deleteDuty(entry.getValue(), entry.getKey());
                }
            }
        }

        private void deleteDuty(String key, Obligation duty) {
            state.delete(key);
            if (duty != null) {
                state.delete(expiryKey(duty, key));
            }
        }

        @Override
        public void close() {
            session.dispose();
        }
    }
}
