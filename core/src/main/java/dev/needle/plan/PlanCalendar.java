package dev.needle.plan;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Plans as an RFC 5545 calendar written with ical4j ({@link Ics}): one VEVENT per block, in the rep's zone with its
 * VTIMEZONE (UTC for a zone ical4j does not know), CRLF line ends and lines folded at 75 octets. A block's UID is its
 * rep, date, category and position in that category, so importing a re-made plan updates the events instead of
 * duplicating them.
 */
public final class PlanCalendar {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private PlanCalendar() {
    }

    /** {@code stamp} is DTSTAMP: when the file was made (the caller's clock, so this stays pure). */
    public static String write(List<DayPlan> plans, Instant stamp) {
        List<CalendarComponent> components = new ArrayList<>();
        Set<ZoneId> zones = new LinkedHashSet<>();
        plans.forEach(plan -> zones.add(plan.request().zone()));
        for (ZoneId zone : zones) Ics.timeZone(zone).map(TimeZone::getVTimeZone).ifPresent(components::add);
        Instant made = stamp.truncatedTo(ChronoUnit.SECONDS);
        for (DayPlan plan : plans) {
            Map<Category, Integer> seen = new EnumMap<>(Category.class);
            for (Block block : plan.blocks()) components.add(event(plan, block, seen.merge(block.category(), 1, Integer::sum), made));
        }
        List<Property> properties = List.of(new ProdId("-//Needle//Day plan//EN"), ImmutableVersion.VERSION_2_0,
                ImmutableCalScale.GREGORIAN, ImmutableMethod.PUBLISH);
        return Ics.write(new Calendar(new PropertyList(properties), new ComponentList<>(components)));
    }

    static String uid(DayPlan plan, Block block, int position) {
        return "needle-plan-" + plan.request().rep().id() + "-" + DAY.format(plan.date()) + "-"
                + block.category().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + position + "@needle.dev";
    }

    private static VEvent event(DayPlan plan, Block block, int position, Instant stamp) {
        ZoneId zone = plan.request().zone();
        return new VEvent(new PropertyList(List.of(new Uid(uid(plan, block, position)), new DtStamp(stamp),
                Ics.start(block.start().atZone(zone)), Ics.end(block.end().atZone(zone)),
                new Summary(PlanText.summary(block)), new Description(PlanText.description(block)),
                new Categories(block.category().name()), ImmutableTransp.OPAQUE, ImmutableStatus.VEVENT_CONFIRMED)));
    }
}
