package org.exhibitkiosk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Hashes built with the cheapest count a stored hash may have, so the tests stay fast; the count
 * that set-pin writes is checked by CommandLineTest, through set-pin.
 */
class PinHashTest {

    private static PinHash cheap(String pin) {
        return PinHash.create(pin.toCharArray(), PinHash.MIN_ITERATIONS);
    }

    @Test
    void theRightPinMatchesAndAWrongOneDoesNot() {
        PinHash stored = PinHash.parse(cheap("2468").format());

        assertThat(stored.matches("2468".toCharArray())).isTrue();
        assertThat(stored.matches("2469".toCharArray())).isFalse();
        assertThat(stored.matches("".toCharArray())).isFalse();
    }

    @Test
    void theStoredFormHoldsNoTraceOfThePinAndASaltOfItsOwn() {
        PinHash first = cheap("2468");
        PinHash second = cheap("2468");

        assertThat(first.format()).doesNotContain("2468").startsWith("pbkdf2-sha256:10000:");
        assertThat(first.format()).isNotEqualTo(second.format());
    }

    @Test
    void theIterationCountIsStoredAndUsedToCheck() {
        PinHash stored = PinHash.parse(PinHash.create("2468".toCharArray(), 12_345).format());

        assertThat(stored.iterations()).isEqualTo(12_345);
        assertThat(stored.matches("2468".toCharArray())).isTrue();
    }

    @Test
    void tooFewIterationsAreRefusedWhenHashingAndWhenReading() {
        assertThatThrownBy(() -> PinHash.create("2468".toCharArray(), PinHash.MIN_ITERATIONS - 1))
                .hasMessageContaining("at least 10000 iterations");
        String weak = cheap("2468").format().replace(":10000:", ":9999:");
        assertThatThrownBy(() -> PinHash.parse(weak)).hasMessageContaining("run set-pin again");
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
