package dev.needle.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class Sha256Test {
    @Test
    void theHashOfATextIsItsUtf8BytesHashedInLowerCaseHex() {
        // FIPS 180-2, appendix B.1
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aShortIdIsTheHashsFirstBytes() {
        assertThat(Sha256.hex("abc", 8)).isEqualTo("ba7816bf8f01cfea");
    }
}
