package dev.needle.ingest.mail;

import dev.needle.domain.Direction;
import dev.needle.ingest.MailDirectory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a message is to the sales team, decided from its addresses and the people the store knows. */
class MailSorterTest {
    private static final MailDirectory SMALL_SHOP = new MailDirectory(
            Map.of("owner@gmail.com", 1L, "ana@acme.com", 2L),
            Map.of("buyer@gmail.com", new MailDirectory.KnownContact(10, 100L)),
            Map.of(100L, List.of(1000L)), Set.of());

    @Test
    void aBuyerAtTheSameFreeMailDomainAsARepIsATouchNotInternalMail() {
        MailSorter sorter = new MailSorter(SMALL_SHOP, Set.of(), "Email", 5);

        MailSorter.Sorted sorted = sorter.sort(mail("m1", "owner@gmail.com", "buyer@gmail.com"));

        assertThat(sorted.kind()).isEqualTo(MailSorter.Kind.TOUCH);
        assertThat(sorted.touch().direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(sorted.touch().dealId()).isEqualTo(1000L);
    }

    @Test
    void mailBetweenColleaguesIsInternalAndAnInternalDomainMayBeGivenWithItsAt() {
        MailSorter sorter = new MailSorter(SMALL_SHOP, Set.of("@Acme-Labs.test"), "Email", 5);

        assertThat(sorter.sort(mail("m1", "owner@gmail.com", "ana@acme.com")).kind()).isEqualTo(MailSorter.Kind.INTERNAL);
        assertThat(sorter.sort(mail("m2", "ana@acme.com", "lab@acme-labs.test")).kind()).isEqualTo(MailSorter.Kind.INTERNAL);
        assertThat(sorter.sort(mail("m3", "ana@acme.com", "someone@else.test")).kind()).isEqualTo(MailSorter.Kind.NO_KNOWN_CONTACT);
    }

    @Test
    void aBuyerWritingToNoRepIsNoTouchAndTheSameMessageTwiceIsADuplicate() {
        MailSorter sorter = new MailSorter(SMALL_SHOP, Set.of(), "Email", 5);

        assertThat(sorter.sort(mail("m1", "buyer@gmail.com", "support@vendor.test")).kind()).isEqualTo(MailSorter.Kind.NO_KNOWN_CONTACT);
        assertThat(sorter.sort(mail("m2", "buyer@gmail.com", "ana@acme.com")).touch().direction()).isEqualTo(Direction.INBOUND);
        assertThat(sorter.sort(mail("m2", "buyer@gmail.com", "ana@acme.com")).kind()).isEqualTo(MailSorter.Kind.DUPLICATE);
    }

    private static ParsedMail mail(String id, String from, String to) {
        return new ParsedMail(id, null, from, List.of(to), List.of(), Instant.parse("2017-01-11T13:00:00Z"), "s", false, null);
    }
}
