package dev.needle.ingest;

import dev.needle.app.Needle;
import dev.needle.domain.Contact;
import dev.needle.testing.Backend;
import dev.needle.testing.ExportFixtures;
import dev.needle.testing.Imports;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Data Loader extract of Contact carries the columns the user picked: FirstName and LastName, not the
 * compound Name. The contact's name is then their join (it was empty: the mapping read Name only).
 */
class ContactNamesOnDataLoaderExtractsTest {
    @Test
    void aContactWithoutANameColumnIsNamedByFirstAndLastName() {
        try (Needle needle = Imports.needle(Backend.H2)) {
            ImportReport report = Imports.run(needle, Imports.skipBad(), ExportFixtures.folder("salesforce", "dataloader-chosen-columns"));

            assertThat(report.committed()).as(String.valueOf(report.errors())).isTrue();
            assertThat(needle.store().dataset().contacts()).extracting(Contact::name)
                    .contains("Wile E. Coyote", "Hank Scorpio").doesNotContainNull();
        }
    }
}
