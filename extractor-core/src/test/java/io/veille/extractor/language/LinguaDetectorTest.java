package io.veille.extractor.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinguaDetectorTest {

    /** Built once for the class, as the service does: each instance shares Lingua's loaded models. */
    private static final LanguageDetector DETECTOR = new LinguaDetector();

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "Le président français a annoncé un plan d'investissement de 109 milliards d'euros pour l'IA.|null|fr",
        "Paris a accueilli, les 10 et 11 février 2025, un sommet de l'intelligence artificielle.|null|fr",
        "Nvidia and Mistral AI said on Wednesday they would build an AI cloud in France.|null|en",
        "Microsoft said yesterday it would invest $20bn over five years.|null|en",
        "Die Bundesregierung hat am Montag ein neues Programm für die Forschung vorgestellt, das auch KI umfasst.|fr|de",
        "El gobierno ha presentado un plan para la inteligencia artificial con una inversión de los fondos europeos.|fr|es",
        "Il governo ha presentato un piano per l'intelligenza artificiale con i fondi europei del prossimo anno.|fr|it",
        "O governo apresentou um plano para a inteligência artificial com os fundos europeus do próximo ano.|fr|pt",
        "De regering heeft maandag een nieuw plan voor kunstmatige intelligentie gepresenteerd.|fr|nl",
        "Президент объявил о новых инвестициях в искусственный интеллект.|fr|ru",
        "人工智能峰会在巴黎举行。|en|zh",
        "人工知能のサミットがパリで開かれた。|en|ja",
        "대통령은 인공지능에 대한 새로운 투자를 발표했다.|en|ko",
        "2,5 M€|fr|fr",
        "Mistral AI|en|en",
        "Mistral AI|null|und",
        "|fr|fr",
    })
    void tells_the_language_or_falls_back_to_the_hint(String text, String hint, String expected) {
        assertThat(DETECTOR.detect(text, hint)).isEqualTo(expected);
    }

    @Test
    void a_language_outside_the_configured_set_is_never_answered() {
        LanguageDetector frenchOrEnglish = new LinguaDetector(List.of("fr", "en"), true);

        String answer = frenchOrEnglish.detect(
                "Die Bundesregierung hat am Montag ein neues Programm für die Forschung vorgestellt.", "en");

        assertThat(answer).isIn("fr", "en");
    }

    @Test
    void an_unknown_language_code_is_a_clear_error() {
        assertThatThrownBy(() -> new LinguaDetector(List.of("fr", "xx"), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'xx'");
    }
}
