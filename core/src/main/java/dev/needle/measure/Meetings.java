package dev.needle.measure;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.Activity;
import dev.needle.domain.ActivityType;
import dev.needle.domain.WorkCategory;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which activities are meetings with the buyer ("never leave a meeting without the next meeting
 * scheduled", seed 001): a deal touch ({@link Touches#isDealTouch}) of buyer-facing work (category
 * DEAL_ADVANCEMENT, CLIENT_CARE or OPPORTUNITY_CREATION) whose type is the catalogue's "Meeting" or
 * one of its aliases, or whose name says meeting, demo, presentation, visit, check-in, review, QBR or
 * onboarding. Internal meetings (ADMIN) are not meetings with the buyer.
 */
public final class Meetings implements Serializable {
    static final List<String> WORDS = List.of("meeting", "demo", "presentation", "visit", "check in", "checkin",
            "review", "qbr", "onboarding");
    private static final Set<WorkCategory> BUYER_FACING = Set.of(WorkCategory.DEAL_ADVANCEMENT, WorkCategory.CLIENT_CARE,
            WorkCategory.OPPORTUNITY_CREATION);

    private final ActivityCatalog catalog;
    private final Set<String> meetingNames = new HashSet<>();
    /** Shared by the threads that check units side by side, hence concurrent. */
    private final Map<String, Boolean> byType = new ConcurrentHashMap<>();

    public Meetings(ActivityCatalog catalog) {
        this.catalog = catalog;
        for (ActivityCatalog.Entry entry : catalog.entries()) {
            if (!normal(entry.name()).equals("meeting")) continue;
            meetingNames.add(normal(entry.name()));
            entry.aliases().forEach(alias -> meetingNames.add(normal(alias)));
        }
    }

    public boolean isMeeting(Activity activity) {
        return Touches.isDealTouch(activity) && byType.computeIfAbsent(activity.type(), this::isMeetingType);
    }

    private boolean isMeetingType(String type) {
        ActivityType classified = catalog.classify(type);
        if (!BUYER_FACING.contains(classified.category())) return false;
        String name = normal(type);
        return meetingNames.contains(name) || WORDS.stream().anyMatch(word -> (" " + name + " ").contains(" " + word + " "));
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
