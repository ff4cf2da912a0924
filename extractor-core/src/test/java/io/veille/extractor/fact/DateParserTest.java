package io.veille.extractor.fact;

import io.veille.contracts.Fact;
import io.veille.contracts.FactType;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    private static final LocalDate PUBLISHED = LocalDate.parse("2025-02-12");

    @ParameterizedTest(name = "[{0}] {1} -> {3}..{4}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "fr|Paris a accueilli, les 10 et 11 février 2025, un sommet|10 et 11 février 2025|2025-02-10|2025-02-11",
        "fr|s’est tenu les 10 et 11 février 2025 au Grand Palais|10 et 11 février 2025|2025-02-10|2025-02-11",
        "fr|Le 9 février 2025, Emmanuel Macron a inauguré|9 février 2025|2025-02-09|null",
        "fr|annoncé par Emmanuel Macron le 9 février, ne doit rien|9 février|2025-02-09|null",
        "fr|le 1er mars 2024 à Lyon|1er mars 2024|2024-03-01|null",
        "fr|publié le 01 avril 2025|01 avril 2025|2025-04-01|null",
        "fr|le 12 févr. 2025 à 10h|12 févr. 2025|2025-02-12|null",
        "fr|du 28 février au 2 mars 2025 à Paris|28 février au 2 mars 2025|2025-02-28|2025-03-02|",
        "fr|le 20 décembre, le gouvernement|20 décembre|2024-12-20|null",
        "fr|en février 2025, le sommet|février 2025|2025-02|null",
        "fr|le 10/02/2025 à Paris|10/02/2025|2025-02-10|null",
        "en|The summit was held on February 10, 2025 in Paris|February 10, 2025|2025-02-10|null",
        "en|The summit was held on 10 February 2025 in Paris|10 February 2025|2025-02-10|null",
        "en|The summit, held on 10-11 February, drew|10-11 February|2025-02-10|2025-02-11",
        "en|The summit, held February 10-11, 2025, drew|February 10-11, 2025|2025-02-10|2025-02-11",
        "en|on the 10th of February the president|10th of February|2025-02-10|null",
        "en|released 2025-02-10 by the agency|2025-02-10|2025-02-10|null",
        "fr|il y a 3 jours|il y a 3 jours|2025-02-09|null",
        "fr|il y a trois semaines, le ministre|il y a trois semaines|2025-01-22|null",
        "fr|Le ministre a déclaré hier que|hier|2025-02-11|null",
        "fr|et avant-hier à Berlin|avant-hier|2025-02-10|null",
        "en|The minister said yesterday that|yesterday|2025-02-11|null",
        "en|The deal was signed 3 days ago in London|3 days ago|2025-02-09|null",
        "fr|de 40 000 à 100 000 d'ici 2030, un effort|d'ici 2030|2030|null",
        "fr|Depuis 2018, la France a investi|Depuis 2018|2018|null",
        "en|net zero by 2050 at the latest|by 2050|2050|null",
    })
    void reads_dates(String lang, String text, String span, String date, String dateEnd) {
        List<Fact> facts = DateParser.find(text, lang, PUBLISHED);

        assertThat(facts).extracting(Fact::text).containsExactly(span);
        Fact f = facts.get(0);
        assertThat(text.substring(f.start(), f.end())).isEqualTo(span);
        assertThat(f.type()).isEqualTo(FactType.DATE);
        assertThat(f.date()).isEqualTo(date);
        assertThat(f.dateEnd()).isEqualTo(dateEnd);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "fr|l'IA de demain sera européenne",
        "fr|des programmes comme France 2030 et IA Booster Europe",
        "fr|lors du VivaTech 2025 à Paris",
        "fr|L’intelligence artificielle s’impose aujourd’hui comme un pilier",
        "fr|un sommet de 1500 leaders de la tech",
        "en|You may want to march on",
        "fr|le 31 février 2025",
    })
    void ignores_what_is_not_a_date(String lang, String text) {
        assertThat(DateParser.find(text, lang, PUBLISHED)).isEmpty();
    }

    @Test
    void relative_dates_need_a_publication_date() {
        assertThat(DateParser.find("il y a 3 jours, hier", "fr", null)).isEmpty();
    }

    @Test
    void a_day_without_year_and_without_publication_date_keeps_month_and_day() {
        assertThat(DateParser.find("le 9 février", "fr", null)).extracting(Fact::date).containsExactly("--02-09");
    }

    @Test
    void the_target_year_says_how_it_bounds() {
        assertThat(DateParser.find("d’ici 2030", "fr", PUBLISHED).get(0).qualifier()).isEqualTo("by");
        assertThat(DateParser.find("since 2018", "en", PUBLISHED).get(0).qualifier()).isEqualTo("since");
    }

    @Test
    void a_one_word_holiday_in_lower_case_is_an_ordinary_word() {
        assertThat(DateParser.find("DeepSeek, champion chinois en pleine ascension, a souligné", "fr", PUBLISHED)).isEmpty();
        assertThat(DateParser.find("les deux camps ont signé un armistice", "fr", PUBLISHED)).isEmpty();
        assertThat(DateParser.find("le pont de l'Ascension 2025", "fr", PUBLISHED)).extracting(Fact::date)
                .containsExactly("2025-05-29");
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "en|The vote is set for the first Tuesday of November 2026.|2026-11-03",
        "en|Results come on the last day of February.|2025-02-28",
        "en|It opens on the last Friday in March 2024.|2024-03-29",
        "fr|Le scrutin aura lieu le premier mardi de novembre 2026.|2026-11-03",
        "fr|La réforme entre en vigueur le dernier jour de février.|2025-02-28",
        "fr|Le salon ouvre le troisième jeudi d’octobre 2025.|2025-10-16",
    })
    void reads_days_named_by_their_place_in_the_month(String lang, String text, String date) {
        assertThat(DateParser.find(text, lang, PUBLISHED)).extracting(Fact::date).containsExactly(date);
    }

    @Test
    void a_fifth_weekday_the_month_does_not_have_is_no_date() {
        assertThat(DateParser.find("on the fifth Monday of February 2026", "en", PUBLISHED)).extracting(Fact::date)
                .doesNotContain("2026-03-02");
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "fr|Le contrat signé le 17/02 entre en vigueur|2025-02-17",
        "fr|Les ventes du 20/02/14 ont chuté|2014-02-20",
        "en|The file was dated 2015-3-3 by the clerk|2015-03-03",
        "en|The law of 3/3/15 applies|2015-03-03",
        "en|The vote on 03/18/50 was void|1950-03-18",
        "en|The vote on 03/18/40 is planned|2040-03-18",
        "en|Call on Friday 7.6 with Jim|2025-02-07",
        "fr|Je retournerai 18 08 1978 à la maison|1978-08-18",
        "en|The conference started on 2016 10 16 in Oslo|2016-10-16",
        "en|see report-20170302.html|2017-03-02",
        "en|The fund closed on 05-Aug-2016 at noon|2016-08-05",
        "en|It ships 2019/aug/01 worldwide|2019-08-01",
        "fr|Je vais rentrer le 02/oct. au soir|2024-10-02",
        "en|Eli Lilly sold IVAC on Dec. 31 , 1994|1994-12-31",
        "en|It was signed on the fourth of July of 1995 in Ohio|1995-07-04",
        "fr|Il est né le 23 novembre de 1987|1987-11-23",
        "en|She was born on twenty five January nineteen eighty six|1986-01-25",
        "en|The plant opened on fifteen August nineteen hundred ninety three|1993-08-15",
        "en|Let's meet on January twenty five.|2025-01-25",
        "fr|Il entre en vigueur le premier mars 2025|2025-03-01",
        "fr|Je vais rentrer le deuxième jour d'août|2025-08-02",
        "en|The board met on the second of March|2025-03-02",
        "en|Where were you this past Wednesday?|2025-02-05",
        "en|Let's go for coffee on Tuesday the eleventh.|2025-02-11",
        "fr|La réunion aura lieu vendredi 13, à Paris|2024-12-13",
        "en|We will come back on the 15th day of next month|2025-03-15",
        "fr|Nous reviendrons le 15 du mois prochain|2025-03-15",
        "en|The plant will open in two years|2027",
        "fr|Il reviendra dans trois mois|2025-05",
        "fr|Il est revenu il ya 2 jours|2025-02-10",
        "en|Results are due in a fortnight|2025-02-26",
        "en|They met on 11/20, 11/22 or 11/25|2024-11-20, 2024-11-22, 2024-11-25",
        "fr|lors du VivaTech 2025 de cette année|2025",
        "fr|Il est arrivé le 3 mars dernier|2024-03-03",
        "fr|Rendez-vous le 3 mars prochain|2025-03-03",
        "fr|Dimanche dernier, les électeurs ont voté|2025-02-09",
        "fr|jeudi 13 février 2025|2025-02-13",
        "en|A year ago he was in Paris|2024",
        "en|He resigned last week|2025-02-03",
        "fr|Le mois dernier, les ventes ont chuté|2025-01",
        "fr|L'an dernier, les ventes ont chuté|2024",
        "en|She arrived this morning|2025-02-12",
        "en|They met last night|2025-02-11",
        "fr|Il partira fin avril|2025-04",
        "fr|Les travaux débutent mi-mars 2026|2026-03",
        "en|Sales slowed in late December|2024-12",
    })
    void reads_numeric_spelled_and_counted_dates(String lang, String text, String dates) {
        assertThat(DateParser.find(text, lang, PUBLISHED)).extracting(Fact::date).containsExactly(dates.split(", "));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
        "en|In March two companies merged",
        "en|the two June votes were close",
        "fr|en mars deux entreprises ont fusionné",
        "en|The shop is open 24/7",
        "en|in 3/4 of the cases",
        "en|The 5/12 vote",
        "en|the highest level in 40 years",
        "en|sales rose over the last week",
        "fr|un sommet de 1500 leaders, le 3 4 5",
    })
    void ignores_counts_and_fractions_that_look_like_dates(String lang, String text) {
        assertThat(DateParser.find(text, lang, PUBLISHED)).isEmpty();
    }
}
