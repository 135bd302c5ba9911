package dev.needle.feed;

import dev.needle.domain.Sha256;
import dev.needle.plan.Block;
import dev.needle.plan.Category;
import dev.needle.plan.DayPlan;
import dev.needle.plan.PlanText;
import dev.needle.plan.Task;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A feed's plans as events, each with a UID that stays the same across refreshes and a SEQUENCE and
 * LAST-MODIFIED that change only when that event's own content does.
 * <p>
 * A UID names what the block is for, never only where it sits: the feed, the day, and the deal of its
 * first task (deal work), else its category and its ordinal among that day's blocks of the category
 * (prospecting, preparation, admin: their tasks name no record). So a new next action on one deal
 * leaves the UIDs of every other deal's block as they were; a calendar app updates the events it has
 * instead of adding new ones beside them.
 */
public final class FeedEvents {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private FeedEvents() {
    }

    /** The events of {@code plans} for feed {@code feedId}, revised against what it {@code served} before, at {@code now}. */
    public static List<FeedEvent> of(long feedId, List<DayPlan> plans, Map<String, EventState> served, Instant now) {
        List<FeedEvent> events = new ArrayList<>();
        Instant at = now.truncatedTo(ChronoUnit.SECONDS);
        for (DayPlan plan : plans) {
            ZoneId zone = plan.request().zone();
            Map<Category, Integer> ordinals = new EnumMap<>(Category.class);
            Map<String, Integer> taken = new HashMap<>();
            for (Block block : plan.blocks()) {
                String key = key(block, ordinals);
                int repeat = taken.merge(key, 1, Integer::sum);
                String uid = "needle-feed-" + feedId + "-" + DAY.format(plan.date()) + "-" + key
                        + (repeat == 1 ? "" : "-" + repeat) + "@needle.dev";
                String summary = PlanText.summary(block);
                String description = PlanText.description(block);
                String hash = Sha256.hex(String.join("\u0000", block.start().toString(), block.end().toString(), summary, description));
                events.add(new FeedEvent(uid, block.start().atZone(zone), block.end().atZone(zone), summary, description,
                        block.category().name(), revised(served.get(uid), uid, plan, hash, at)));
            }
        }
        return events;
    }

    /** The state served before when the content is the same; else the next SEQUENCE, modified now. */
    static EventState revised(EventState before, String uid, DayPlan plan, String hash, Instant now) {
        if (before == null) return new EventState(uid, plan.date(), hash, 0, now);
        if (before.contentHash().equals(hash)) return before;
        // LAST-MODIFIED never goes back, even if the clock did
        Instant modified = now.isAfter(before.lastModified()) ? now : before.lastModified().plusSeconds(1);
        return new EventState(uid, plan.date(), hash, before.sequence() + 1, modified);
    }

    private static String key(Block block, Map<Category, Integer> ordinals) {
        Long deal = block.tasks().stream().map(Task::dealId).filter(id -> id != null).findFirst().orElse(null);
        String category = block.category().name().toLowerCase(Locale.ROOT).replace('_', '-');
        if (deal != null) return category + "-deal-" + deal;
        return category + "-" + ordinals.merge(block.category(), 1, Integer::sum);
    }
}
