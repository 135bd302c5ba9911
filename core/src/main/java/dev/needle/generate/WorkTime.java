package dev.needle.generate;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Reps work 8:30 to 17:30 in their own time zone, Monday to Friday, with lunch from 12 to 13. */
final class WorkTime {
    static final int DAY_START = 8 * 60 + 30;
    static final int LUNCH_START = 12 * 60;
    static final int LUNCH_END = 13 * 60;
    static final int DAY_END = 17 * 60 + 30;

    private WorkTime() {
    }

    static boolean isWorkday(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /** The working day {@code count} working days after {@code day} (0: the day itself, or the next workday). */
    static LocalDate plusWorkdays(LocalDate day, int count) {
        LocalDate result = day;
        while (!isWorkday(result)) result = result.plusDays(1);
        for (int step = 0; step < count; step++) {
            result = result.plusDays(1);
            while (!isWorkday(result)) result = result.plusDays(1);
        }
        return result;
    }

    static LocalDate minusWorkdays(LocalDate day, int count) {
        LocalDate result = day;
        while (!isWorkday(result)) result = result.minusDays(1);
        for (int step = 0; step < count; step++) {
            result = result.minusDays(1);
            while (!isWorkday(result)) result = result.minusDays(1);
        }
        return result;
    }

    /** The instant (epoch second) of a local wall-clock minute on a day in a zone. */
    static long at(LocalDate day, int minuteOfDay, ZoneId zone) {
        return day.atTime(LocalTime.of(minuteOfDay / 60, minuteOfDay % 60)).atZone(zone).toEpochSecond();
    }

    /** A random minute of working time outside lunch. */
    static int randomWorkMinute(Dice dice) {
        int minute = DAY_START + dice.below(DAY_END - DAY_START - (LUNCH_END - LUNCH_START));
        return minute >= LUNCH_START ? minute + (LUNCH_END - LUNCH_START) : minute;
    }

    /** A random second of working time outside lunch. */
    static long randomWorkInstant(LocalDate day, ZoneId zone, Dice dice) {
        return at(day, randomWorkMinute(dice), zone) + dice.below(60);
    }

    static LocalDate localDate(long epochSecond, ZoneId zone) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
    }
}
