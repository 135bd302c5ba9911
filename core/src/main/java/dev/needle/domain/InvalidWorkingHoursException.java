package dev.needle.domain;

/** Working hours that cannot be: {@code field} names what was given wrong (days, from, to, holidays). */
public final class InvalidWorkingHoursException extends NeedleException {
    private final String field;

    public InvalidWorkingHoursException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
