package dev.needle.feed;

import dev.needle.plan.Ics;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A feed as an RFC 5545 calendar written by ical4j ({@link Ics}): the rep's VTIMEZONE from ical4j's zone registry,
 * one VEVENT per block with its stable UID, SEQUENCE and LAST-MODIFIED, and how often a subscriber
 * should fetch it again (REFRESH-INTERVAL of RFC 7986, and X-PUBLISHED-TTL for the apps that read
 * only that one).
 */
public final class FeedCalendar {
    /** How often a subscribed calendar should ask again: plans change during the day, so hourly. */
    public static final Duration REFRESH = Duration.ofHours(1);

    private FeedCalendar() {
    }

    /** {@code name}: what the subscriber's calendar list shows. {@code stamp}: DTSTAMP, when this copy was made. */
    public static String write(String name, ZoneId zone, List<FeedEvent> events, Instant stamp) {
        TimeZone timeZone = Ics.timeZone(zone).orElse(null);
        List<Property> properties = new ArrayList<>(List.of(new ProdId("-//Needle//Plan feed//EN"), ImmutableVersion.VERSION_2_0,
                ImmutableCalScale.GREGORIAN, ImmutableMethod.PUBLISH, new Name(name), new XProperty("X-WR-CALNAME", name),
                new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH),
                new XProperty("X-PUBLISHED-TTL", REFRESH.toString())));
        if (timeZone != null) properties.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        List<CalendarComponent> components = new ArrayList<>();
        if (timeZone != null) components.add(timeZone.getVTimeZone());
        Instant now = stamp.truncatedTo(ChronoUnit.SECONDS);
        for (FeedEvent event : events) components.add(event(event, now));
        return Ics.write(new Calendar(new PropertyList(properties), new ComponentList<>(components)));
    }

    /** In the rep's zone when ical4j knows it (TZID and VTIMEZONE), else in UTC. */
    private static VEvent event(FeedEvent event, Instant stamp) {
        List<Property> properties = new ArrayList<>();
        properties.add(new Uid(event.uid()));
        properties.add(new DtStamp(stamp));
        properties.add(Ics.start(event.start()));
        properties.add(Ics.end(event.end()));
        properties.add(new Summary(event.summary()));
        properties.add(new Description(event.description()));
        properties.add(new Categories(event.category()));
        properties.add(new Sequence(event.state().sequence()));
        properties.add(new LastModified(event.state().lastModified().truncatedTo(ChronoUnit.SECONDS)));
        properties.add(ImmutableTransp.OPAQUE);
        properties.add(ImmutableStatus.VEVENT_CONFIRMED);
        return new VEvent(new PropertyList(properties));
    }
}
