package dev.needle.ingest.mapping;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The forms a typed id is looked up by: as given first, then a 15-character Salesforce id's 18-character form. */
class SalesforceIdLookupTest {
    @Test
    void aFifteenCharacterIdIsTriedAsTypedThenInTheFormNeedleStores() {
        assertThat(SalesforceIds.lookupForms(" 0055g00000ABCde ")).containsExactly("0055g00000ABCde", SalesforceIds.to18("0055g00000ABCde"));
        assertThat(SalesforceIds.to18("0055g00000ABCde")).startsWith("0055g00000ABCde").hasSize(18);
    }

    @Test
    void otherKeysAreLookedUpOnlyAsTyped() {
        assertThat(SalesforceIds.lookupForms("0055g00000ABCdeAAH")).containsExactly("0055g00000ABCdeAAH");
        assertThat(SalesforceIds.lookupForms("ana@acme.example")).containsExactly("ana@acme.example");
        assertThat(SalesforceIds.lookupForms("hubspot-1234567")).as("15 characters, not alphanumeric").containsExactly("hubspot-1234567");
        assertThat(SalesforceIds.lookupForms("42")).containsExactly("42");
    }
}
