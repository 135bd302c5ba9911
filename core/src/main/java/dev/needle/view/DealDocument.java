package dev.needle.view;

import dev.needle.domain.Account;
import dev.needle.domain.Activity;
import dev.needle.domain.Deal;
import dev.needle.domain.Direction;
import dev.needle.domain.NextAction;
import dev.needle.domain.Outcome;
import dev.needle.domain.Rep;
import dev.needle.measure.DealHealth;
import dev.needle.measure.HygieneFlag;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * {@code GET /api/deals/{deal}}: one deal as its page shows it — its facts, its hygiene flags with their
 * reasons, the open next action, and the latest activities on it (a meeting booked for later among them,
 * marked {@code upcoming}; {@code meeting} says which are meetings with the buyer, whose outcome a rep records).
 */
public record DealDocument(Instant asOf, long id, String externalId, @Nullable String name, @Nullable Party owner,
                           @Nullable Party account, @Nullable String stage, @Nullable BigDecimal amount, @Nullable String currency,
                           @Nullable Instant createdAt, @Nullable LocalDate expectedClose, @Nullable LocalDate closedAt,
                           @Nullable Outcome outcome, boolean open, List<HygieneFlag> flags, Map<HygieneFlag, String> reasons,
                           @Nullable Action nextAction, List<Line> activities, int activityCount) {
    /** How many activities the page lists: the latest, newest first; {@code activityCount} says how many there are. */
    public static final int ACTIVITIES_SHOWN = 20;

    /** The deal's owner or account. */
    public record Party(long id, String externalId, @Nullable String name) {
    }

    /** The deal's open next action. */
    public record Action(long id, String externalId, @Nullable String what, @Nullable LocalDate due,
                         @Nullable String valueForBuyer, @Nullable String buyerNextStep, NextAction.Status status) {
    }

    /** One activity on the deal; {@code rep} null when the caller may not see who did it. */
    public record Line(long id, String externalId, @Nullable String type, Instant start, int durationMinutes, boolean upcoming,
                       boolean meeting, @Nullable By rep, @Nullable Long contactId, @Nullable Direction direction,
                       @Nullable String subject, @Nullable String outcome, @Nullable String valueForBuyer,
                       @Nullable String buyerNextStep) {
    }

    /** The rep who did an activity. */
    public record By(long id, String name) {
    }

    /**
     * @param health the deal's hygiene as of {@code asOf}, or null for a closed deal (hygiene judges open deals only)
     * @param repNames the name of a rep the caller may see, or null for any other (their name is not given away)
     */
    public static DealDocument of(Deal deal, @Nullable DealHealth health, @Nullable Rep owner, @Nullable Account account,
                                  @Nullable NextAction nextAction, List<Activity> activities, Function<Long, String> repNames,
                                  Predicate<Activity> isMeeting, Instant asOf) {
        List<Activity> latest = new ArrayList<>(activities);
        latest.sort(Comparator.comparing(Activity::start).thenComparingLong(Activity::id).reversed());
        return new DealDocument(asOf, deal.id(), deal.externalId(), deal.name(),
                owner == null ? null : new Party(owner.id(), owner.externalId(), owner.name()),
                account == null ? null : new Party(account.id(), account.externalId(), account.name()),
                health != null ? health.stage() : deal.stage(), deal.amount(), deal.currency(), deal.createdAt(),
                deal.expectedClose(), deal.closedAt(), deal.outcome(), deal.isOpen(),
                health == null ? List.of() : List.copyOf(health.flags().keySet()), health == null ? Map.of() : health.flags(),
                nextAction == null ? null : action(nextAction),
                latest.stream().limit(ACTIVITIES_SHOWN).map(activity -> line(activity, repNames, isMeeting, asOf)).toList(),
                activities.size());
    }

    private static Action action(NextAction action) {
        return new Action(action.id(), action.externalId(), action.what(), action.due(), action.valueForBuyer(),
                action.buyerNextStep(), action.status());
    }

    private static Line line(Activity activity, Function<Long, String> repNames, Predicate<Activity> isMeeting, Instant asOf) {
        String repName = repNames.apply(activity.repId());
        return new Line(activity.id(), activity.externalId(), activity.type(), activity.start(), activity.durationMinutes(),
                activity.start().isAfter(asOf), isMeeting.test(activity), repName == null ? null : new By(activity.repId(), repName),
                activity.contactId(), activity.direction(), activity.subject(), activity.outcome(), activity.valueForBuyer(),
                activity.buyerNextStep());
    }
}
