package dev.needle.generate;

import dev.needle.generate.Model.Account;
import dev.needle.generate.Model.Contact;
import dev.needle.generate.Model.Deal;

/**
 * One activity of a rep's day. A deal touch has a deal and a contact; {@code valuable} says whether
 * it carries value for the buyer (false: an empty touch). Start and length are minutes, local time.
 */
record Planned(Kind kind, Deal deal, Account account, Contact contact, boolean valuable, int start, int minutes) {
    Planned(Kind kind, Deal deal, Account account, Contact contact, boolean valuable) {
        this(kind, deal, account, contact, valuable, -1, 0);
    }

    boolean dealTouch() {
        return deal != null && contact != null;
    }

    /** A touch on an account that may create an opportunity (prospecting, client care). */
    boolean accountTouch() {
        return deal == null && account != null;
    }

    Planned at(int newStart, int newMinutes) {
        return new Planned(kind, deal, account, contact, valuable, newStart, newMinutes);
    }
}
