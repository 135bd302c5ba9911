package dev.needle.generate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SalesforceIdMintTest {
    @Test
    void mintedIdsHaveTheKeyPrefixAndFifteenBase62Characters() {
        String id = SalesforceIdMint.id15("006", 62L * 62 * 62 + 61);

        assertThat(id).hasSize(15).startsWith("0065g0").matches("[0-9A-Za-z]{15}").isEqualTo("0065g000000100z");
    }

    @Test
    void aKeyPrefixOtherThanThreeCharactersIsRefused() {
        assertThatThrownBy(() -> SalesforceIdMint.id15("06", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
