package io.veille.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class HolidaysTest {

    @Test
    void aHolidayThatIsAnOrdinaryWordTooIsANameOnlyWhenCapitalised() {
        assertThat(Holidays.writtenAsName("Ascension")).isTrue();
        assertThat(Holidays.writtenAsName("ascension")).isFalse();
        assertThat(Holidays.writtenAsName("armistice")).isFalse();
        assertThat(Holidays.writtenAsName("may day")).isFalse();
    }

    @Test
    void otherHolidaysNameTheDayInAnyCase() {
        assertThat(Holidays.writtenAsName("easter")).isTrue();
        assertThat(Holidays.writtenAsName("Christmas")).isTrue();
        assertThat(Holidays.writtenAsName("jour de l'an")).isTrue();
    }

    @Test
    void movableFeastsFollowEaster() {
        assertThat(Holidays.in("Ascension", 2025)).isEqualTo(LocalDate.of(2025, 5, 29));
        assertThat(Holidays.in("nothing of the kind", 2025)).isNull();
    }
}
