package org.exhibitkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PinHashTest {

    @Test
    void theRightPinMatchesAndAWrongOneDoesNot() {
        PinHash hash = PinHash.create("2468".toCharArray());

        PinHash stored = PinHash.parse(hash.format());

        assertThat(stored.matches("2468".toCharArray())).isTrue();
        assertThat(stored.matches("2469".toCharArray())).isFalse();
        assertThat(stored.matches("".toCharArray())).isFalse();
    }

    @Test
    void theStoredFormHoldsNoTraceOfThePinAndASaltOfItsOwn() {
        PinHash first = PinHash.create("2468".toCharArray());
        PinHash second = PinHash.create("2468".toCharArray());

        assertThat(first.format()).doesNotContain("2468").startsWith("pbkdf2-sha256:600000:");
        assertThat(first.format()).isNotEqualTo(second.format());
    }

    @Test
    void onlyFourToTwelveDigitsAreAPin() {
        assertThat(PinHash.isValidPin("1234".toCharArray())).isTrue();
        assertThat(PinHash.isValidPin("123".toCharArray())).isFalse();
        assertThat(PinHash.isValidPin("12a4".toCharArray())).isFalse();
        assertThat(PinHash.isValidPin("1234567890123".toCharArray())).isFalse();
    }

    @Test
    void aPinWrittenIntoTheFileIsRefused() {
        assertThatThrownBy(() -> PinHash.parse("1234")).hasMessageContaining("set-pin");
    }
}
