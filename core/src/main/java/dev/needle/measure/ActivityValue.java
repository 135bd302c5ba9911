package dev.needle.measure;

import dev.needle.catalog.ActivityCatalog;
import dev.needle.domain.ActivityType;
import dev.needle.domain.Dataset;
import dev.needle.domain.Days;
import dev.needle.domain.OrgHistory;
import dev.needle.domain.ValueClass;
import dev.needle.measure.ValueReport.Estimate;
import dev.needle.measure.ValueReport.TypeValue;
import dev.needle.measure.ValueReport.Verdict;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Learns what each activity type is worth from a team's own data (docs/metrics.md, "Learned
 * activity value"). Two attributions over each unit's own timeline ({@link DelayedEffects}):
 * <ul>
 *   <li>accounts: an opportunity created on an account is credited to the touches on it in the
 *   {@value #OPPORTUNITY_WINDOW_DAYS} days before; whether touches made while a deal was open create
 *   opportunities as the others do is learned from the data ({@link #openDeals});</li>
 *   <li>deals: a stage advance (and, for a win, its revenue) is credited to the deal's valuable and
 *   empty touches of each type in the {@value #ADVANCE_WINDOW_DAYS} days before.</li>
 * </ul>
 * The credit a type earns per touch is its effect per touch; intervals are 95%, from a bootstrap
 * that resamples reps (or accounts and deals, with fewer than {@value #MIN_REP_CLUSTERS} reps).
 */
public final class ActivityValue {
    /** Days after a touch within which the opportunity it creates shows up. */
    public static final int OPPORTUNITY_WINDOW_DAYS = 10;
    /** Days after a touch within which its stage advance is recorded (reps record advances days late). */
    public static final int ADVANCE_WINDOW_DAYS = 15;
    /** Fewer touches than this and a type's effect is reported as too thin to tell. */
    public static final int MIN_TOUCHES = 100;
    /** With at least this many reps, the bootstrap resamples reps; with fewer, accounts and deals. */
    static final int MIN_REP_CLUSTERS = 20;
    /** Days of history before as-of that coaching and the report's learned classes learn from. */
    public static final int LEARNING_DAYS = 365;
    private static final long SEED = 20_261_123L;

    private ActivityValue() {
    }

    /**
     * The activity values coaching and the report's learned high-value share use: learned from what was recorded
     * in the {@value #LEARNING_DAYS} days before as-of.
     */
    public static ValueReport learnedBefore(Dataset data, ActivityCatalog catalog, Instant asOf) {
        return estimate(Datasets.asOf(data, asOf), catalog, asOf.minus(java.time.Duration.ofDays(LEARNING_DAYS)), asOf);
    }

    /** {@link #learnedBefore(Dataset, ActivityCatalog, Instant)} from a history read as of {@code asOf}. */
    public static ValueReport learnedBefore(ValueHistory history, ActivityCatalog catalog, Instant asOf) {
        return estimate(history, catalog, asOf.minus(java.time.Duration.ofDays(LEARNING_DAYS)), asOf);
    }

    /** Whether a touch on an account with an open deal can create an opportunity. */
    enum OpenDealRule {
        /** Learned from the data: pooled with the other touches when they create opportunities alike. */
        LEARNED,
        /** Assumed never: one open deal per account (the rule before it was learned; for comparison). */
        ONE_OPEN_DEAL_PER_ACCOUNT
    }

    /**
     * What the data say about touches on accounts with a deal open: the opportunities they earned
     * over what the same touches would have earned at the rates of touches with no deal open
     * ({@code ratio}, 95% interval {@code low}..{@code high}), over {@code touches} such touches.
     */
    record OpenDealFinding(long touches, double ratio, double low, double high, boolean pooled, String finding) {
    }

    public static ValueReport estimate(Dataset data, ActivityCatalog catalog, Instant from, Instant to) {
        return estimate(data, catalog, from, to, OpenDealRule.LEARNED);
    }

    static ValueReport estimate(Dataset data, ActivityCatalog catalog, Instant from, Instant to, OpenDealRule rule) {
        return estimate(read(data.history(), UnitRunner.sequential(), Instant.MAX), catalog, from, to, rule);
    }

    /**
     * The values learned from {@code history} as it stood before {@code asOf}, its units read and
     * reduced on {@code runner}: the same answer however they run.
     */
    public static ValueReport estimate(OrgHistory history, UnitRunner runner, Instant asOf, ActivityCatalog catalog,
                                       Instant from, Instant to) {
        return estimate(read(history, runner, asOf), catalog, from, to);
    }

    /** The history as it stood before {@code asOf}, read once on {@code runner} for the value model. */
    public static ValueHistory read(OrgHistory history, UnitRunner runner, Instant asOf) {
        return new ValueHistory(ValueReading.read(history, runner, asOf, ZoneOffset.UTC));
    }

    public static ValueReport estimate(ValueHistory history, ActivityCatalog catalog, Instant from, Instant to) {
        return estimate(history, catalog, from, to, OpenDealRule.LEARNED);
    }

    private static ValueReport estimate(ValueHistory history, ActivityCatalog catalog, Instant from, Instant to, OpenDealRule rule) {
        ValueReading.Facts facts = history.read.facts(from, to);
        List<String> types = facts.types();
        Map<String, Integer> typeIndex = facts.typeIndex();
        boolean clusterByRep = facts.reps() >= MIN_REP_CLUSTERS;
        Timelines timelines = timelines(history.read, facts, from, to);
        OpenDealFinding openDeals = rule == OpenDealRule.ONE_OPEN_DEAL_PER_ACCOUNT ? null : openDeals(timelines, types.size());
        Timelines.OpenDeals accountTouches = openDeals != null && openDeals.pooled() ? Timelines.OpenDeals.POOLED
                : Timelines.OpenDeals.EXCLUDED;
        DelayedEffects.Result opportunities = timelines.accounts(OPPORTUNITY_WINDOW_DAYS, accountTouches).fit(SEED);
        DelayedEffects.Result advances = timelines.deals(ADVANCE_WINDOW_DAYS, false).fit(SEED);
        DelayedEffects.Result pooled = timelines.deals(ADVANCE_WINDOW_DAYS, true).fit(SEED);

        List<TypeValue> values = new ArrayList<>();
        for (String type : types) {
            int index = typeIndex.get(type);
            values.add(typeValue(type, catalog.classify(type), facts.tallies().get(type), index, opportunities, advances));
        }
        values.sort((a, b) -> Long.compare(b.activities(), a.activities()));
        return new ValueReport(values, touchQuality(pooled), method(clusterByRep, openDeals), timelines.accountsInModel(accountTouches),
                timelines.dealsInModel());
    }

    private static TypeValue typeValue(String type, ActivityType catalogued, ValueReading.TypeTally tally, int index,
                                       DelayedEffects.Result opportunities, DelayedEffects.Result advances) {
        long accountTouches = opportunities.touches()[index];
        long valuable = advances.touches()[2 * index];
        long empty = advances.touches()[2 * index + 1];
        Estimate perOpportunityTouch = accountTouches > 0 ? estimate(opportunities, index) : null;
        Estimate perValuable = valuable > 0 ? estimate(advances, 2 * index) : null;
        Estimate perEmpty = empty > 0 ? estimate(advances, 2 * index + 1) : null;
        Estimate revenuePerTouch = valuable + empty == 0 ? null : revenue(advances, index, valuable, empty);
        double hoursPerActivity = tally.activities() == 0 ? 0 : tally.minutes() / 60.0 / tally.activities();

        Double opportunitiesPerActivity = perOpportunityTouch == null ? null
                : perOpportunityTouch.value() * accountTouches / tally.activities();
        Double advancesPerActivity = perValuable == null && perEmpty == null ? null
                : ((perValuable == null ? 0 : perValuable.value() * valuable)
                + (perEmpty == null ? 0 : perEmpty.value() * empty)) / tally.activities();
        Double revenuePerActivity = revenuePerTouch == null ? null
                : revenuePerTouch.value() * (valuable + empty) / tally.activities();
        TypeValue measured = new TypeValue(type, catalogued.valueClass(), catalogued.category(), catalogued.catalogued(),
                tally.activities(), round(tally.minutes() / 60.0), accountTouches, valuable + empty, empty,
                perOpportunityTouch, perValuable, perEmpty, revenuePerTouch,
                opportunitiesPerActivity, advancesPerActivity, revenuePerActivity,
                perHour(opportunitiesPerActivity, hoursPerActivity), perHour(advancesPerActivity, hoursPerActivity),
                perHour(revenuePerActivity, hoursPerActivity), null, null,
                tally.answerable() == 0 ? null : new ValueReport.ReplyRate(tally.answerable(), tally.replies()));
        Verdict verdict = verdict(measured);
        return new TypeValue(measured.type(), measured.valueClass(), measured.category(), measured.catalogued(),
                measured.activities(), measured.hours(), measured.accountTouches(), measured.dealTouches(),
                measured.emptyTouches(), measured.opportunitiesPerTouch(), measured.advancesPerValuableTouch(),
                measured.advancesPerEmptyTouch(), measured.wonRevenuePerTouch(), measured.opportunitiesPerActivity(),
                measured.advancesPerActivity(), measured.wonRevenuePerActivity(), measured.opportunitiesPerHour(),
                measured.advancesPerHour(), measured.wonRevenuePerHour(), verdict, note(verdict, measured), measured.replies());
    }

    private static Estimate estimate(DelayedEffects.Result result, int kind) {
        return new Estimate(result.perTouch()[kind], result.low()[kind], result.high()[kind]);
    }

    /**
     * Won revenue per deal touch of a type, its valuable and empty touches weighted by how many there
     * were; the interval scales the advance interval, since revenue is credited as advances are.
     */
    private static Estimate revenue(DelayedEffects.Result advances, int index, long valuable, long empty) {
        double total = valuable + empty;
        double value = (advances.valuePerTouch()[2 * index] * valuable + advances.valuePerTouch()[2 * index + 1] * empty) / total;
        double chance = (advances.perTouch()[2 * index] * valuable + advances.perTouch()[2 * index + 1] * empty) / total;
        double low = (advances.low()[2 * index] * valuable + advances.low()[2 * index + 1] * empty) / total;
        double high = (advances.high()[2 * index] * valuable + advances.high()[2 * index + 1] * empty) / total;
        if (chance <= 0) return new Estimate(value, Math.min(0, value), Math.max(0, value));
        double perAdvance = value / chance;
        return new Estimate(value, low * perAdvance, high * perAdvance);
    }

    /**
     * The verdict follows from the learned class ({@link TypeValue#learnedClass()}), which rests only on the effects
     * measured from {@value #MIN_TOUCHES} touches of their own kind, the ones {@code needle value} prints: a type
     * "produces results" only when one of those intervals lies above zero.
     */
    private static Verdict verdict(TypeValue type) {
        if (type.accountTouches() == 0 && type.dealTouches() == 0) return Verdict.NOT_MEASURABLE;
        return switch (type.learnedClass()) {
            case NOT_MEASURABLE -> Verdict.TOO_THIN_TO_TELL;
            case HIGH -> type.valueClass() == ValueClass.HIGH ? Verdict.AGREES : Verdict.WORTH_MORE_THAN_ITS_CLASS;
            case NO_MEASURED_EFFECT -> type.valueClass() == ValueClass.HIGH ? Verdict.WORTH_LESS_THAN_ITS_CLASS : Verdict.AGREES;
        };
    }

    private static String note(Verdict verdict, TypeValue type) {
        ValueClass valueClass = type.valueClass();
        return switch (verdict) {
            case AGREES -> valueClass == ValueClass.HIGH ? "produces results (" + positiveKinds(type) + "), as its class says"
                    : "no measurable effect on results, as its class says";
            case WORTH_MORE_THAN_ITS_CLASS -> "classed " + valueClass + " but this team's data shows it produces results ("
                    + positiveKinds(type) + ")";
            case WORTH_LESS_THAN_ITS_CLASS -> "classed HIGH but this team's data shows no measurable effect on results";
            case TOO_THIN_TO_TELL -> "too thin to tell: fewer than " + MIN_TOUCHES + " touches of each kind";
            case NOT_MEASURABLE -> "not measurable: never linked to an account or deal, so no result can be traced to it";
        };
    }

    /** The measured effects whose interval lies above zero, by name. */
    private static String positiveKinds(TypeValue type) {
        List<String> kinds = new ArrayList<>();
        if (positive(type.measuredOpportunitiesPerTouch())) kinds.add("opportunities");
        if (positive(type.measuredAdvancesPerValuableTouch())) kinds.add("advances per valuable touch");
        if (positive(type.measuredAdvancesPerEmptyTouch())) kinds.add("advances per empty touch");
        return String.join(", ", kinds);
    }

    private static boolean positive(Estimate estimate) {
        return estimate != null && estimate.positive();
    }

    /**
     * Do touches on an account with a deal open create opportunities as touches on one with none do?
     * From the fit that keeps them apart (kind t: type t with no deal open; types + t: with one open):
     * ratio = Σ_t q[types + t]·n[types + t] / Σ_t q[t]·n[types + t], the opportunities those touches
     * earned over what they would have earned at the no-deal-open rates; its interval from the same
     * bootstrap re-fits. When it includes 1 and excludes 0 the two agree and the rate of each type is
     * learned over all its account touches together; otherwise the data do not show accounts opening a
     * deal beside an open one as they open one with none open, and the rule of one open deal per account
     * stays: only touches with no deal open, on the days with none open.
     */
    static OpenDealFinding openDeals(DelayedEffects.Result separate, int types) {
        long touches = 0;
        for (int t = 0; t < types; t++) touches += separate.touches()[types + t];
        double ratio = ratio(separate.perTouch(), separate.touches(), types);
        if (touches < MIN_TOUCHES || Double.isNaN(ratio)) {
            return new OpenDealFinding(touches, Double.NaN, Double.NaN, Double.NaN, false, String.format(
                    "%d account touches made while a deal was open: too few to tell whether accounts open a deal beside "
                            + "an open one; rates are those of touches with no deal open (one open deal per account)", touches));
        }
        double mean = 0;
        int count = 0;
        for (double[] sample : separate.samples()) {
            double r = ratio(sample, separate.touches(), types);
            if (Double.isNaN(r)) continue;
            mean += r;
            count++;
        }
        mean /= Math.max(1, count);
        double variance = 0;
        for (double[] sample : separate.samples()) {
            double r = ratio(sample, separate.touches(), types);
            if (!Double.isNaN(r)) variance += Math.pow(r - mean, 2) / Math.max(1, count - 1);
        }
        double error = Math.sqrt(variance);
        double low = ratio - Quantiles.Z_95 * error;
        double high = ratio + Quantiles.Z_95 * error;
        boolean pooled = low > 0 && low <= 1 && 1 <= high;
        String finding = String.format("%d account touches made while a deal was open earned %.2f [%.2f, %.2f] times the "
                + "opportunities of touches with no deal open: %s", touches, ratio, low, high, pooled
                ? "accounts here open deals beside open ones, so every account touch counts alike"
                : low > 0 ? "they differ, so rates are those of touches with no deal open (one open deal per account)"
                : high < 1 ? "no clear effect, so rates are those of touches with no deal open (one open deal per account)"
                : "too uncertain to tell, so rates are those of touches with no deal open (one open deal per account)");
        return new OpenDealFinding(touches, ratio, low, high, pooled, finding);
    }

    /** Opportunities the open-deal touches earned over what the no-deal-open rates give them; NaN if nothing. */
    private static double ratio(double[] perTouch, long[] touches, int types) {
        double earned = 0;
        double expected = 0;
        for (int t = 0; t < types; t++) {
            earned += perTouch[types + t] * touches[types + t];
            expected += perTouch[t] * touches[types + t];
        }
        return expected > 0 ? earned / expected : Double.NaN;
    }

    /** What the data say about touches on accounts with a deal open, over the period (as {@link #estimate} finds it). */
    static OpenDealFinding openDeals(Dataset data, Instant from, Instant to) {
        ValueReading.Read read = read(data.history(), UnitRunner.sequential(), Instant.MAX).read;
        ValueReading.Facts facts = read.facts(from, to);
        return openDeals(timelines(read, facts, from, to), facts.tallies().size());
    }

    /** The timelines of the period, over the types active in it. */
    private static Timelines timelines(ValueReading.Read read, ValueReading.Facts facts, Instant from, Instant to) {
        // days before the first recorded activity have results but no record of what caused them
        int fromDay = Math.max(Days.epochDay(from), facts.firstDay().orElse(0));
        return read.timelines(facts, fromDay, Days.epochDay(to.minusNanos(1)),
                facts.reps() >= MIN_REP_CLUSTERS, Math.max(OPPORTUNITY_WINDOW_DAYS, ADVANCE_WINDOW_DAYS));
    }

    /** The fit that keeps touches made while a deal was open apart (kinds types..2·types-1), and its finding. */
    private static OpenDealFinding openDeals(Timelines timelines, int types) {
        return openDeals(timelines.accounts(OPPORTUNITY_WINDOW_DAYS, Timelines.OpenDeals.SEPARATE).fit(SEED), types);
    }

    private static ValueReport.TouchQuality touchQuality(DelayedEffects.Result pooled) {
        long valuable = pooled.touches()[0];
        long empty = pooled.touches()[1];
        Estimate perValuable = valuable > 0 ? estimate(pooled, 0) : null;
        Estimate perEmpty = empty > 0 ? estimate(pooled, 1) : null;
        String finding;
        if (perValuable == null || perEmpty == null || valuable < MIN_TOUCHES || empty < MIN_TOUCHES) {
            finding = "too few valuable or empty touches to compare";
        } else if (perValuable.low() > perEmpty.high()) {
            finding = String.format("valuable touches advance deals more: %.3f vs %.3f advances per touch",
                    perValuable.value(), perEmpty.value());
        } else if (perEmpty.low() > perValuable.high()) {
            finding = String.format("empty touches advance deals more here: %.3f vs %.3f advances per touch",
                    perEmpty.value(), perValuable.value());
        } else {
            finding = "no clear difference between valuable and empty touches in this data (intervals overlap)";
        }
        return new ValueReport.TouchQuality(valuable, empty, perValuable, perEmpty, finding);
    }

    private static String method(boolean clusterByRep, OpenDealFinding openDeals) {
        return "Attribution over each unit's own timeline by maximum likelihood (EM). Each touch of a type creates an "
                + "opportunity on its account or advances its deal with a chance per "
                + "type; the result shows up after a delay whose shape is learned from the data (opportunities within "
                + OPPORTUNITY_WINDOW_DAYS + " days, advances within " + ADVANCE_WINDOW_DAYS + " days); results no touch "
                + "explains come at a background rate per rep. Each result is shared among the touches before it in "
                + "proportion to chance x delay shape; a type's effect per touch is the credit it earned over its touches. "
                + "Credit follows the deal's or account's own timeline, so a busy rep's volume earns nothing by itself. "
                + "95% intervals: estimate +/- 1.96 bootstrap standard errors, resampling "
                + (clusterByRep ? "reps" : "accounts and deals") + " (" + DelayedEffects.BOOTSTRAP_SAMPLES + " samples). "
                + "An effect counts only when measured from at least " + MIN_TOUCHES + " touches of its own kind (account, "
                + "valuable deal, empty deal touches); a type with none is too thin to tell. A type is HIGH by the data "
                + "when one of its measured effects has an interval above zero. "
                + (openDeals == null ? "Touches on an account with an open deal are assumed to create no opportunity."
                : "Touches on an account with an open deal: " + openDeals.finding() + ".");
    }

    private static Double perHour(Double perActivity, double hoursPerActivity) {
        return perActivity == null || hoursPerActivity == 0 ? null : perActivity / hoursPerActivity;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
