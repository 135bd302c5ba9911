package dev.needle.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Monday to Friday; public holidays are not known to Needle yet. */
public final class WorkingDays {
    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The first working day after {@code day}. */
    public static LocalDate next(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) next = next.plusDays(1);
        return next;
    }

    /** {@code day} itself when it is a working day, else the next one. */
    public static LocalDate onOrAfter(LocalDate day) {
        return isWorkingDay(day) ? day : next(day);
    }
}
