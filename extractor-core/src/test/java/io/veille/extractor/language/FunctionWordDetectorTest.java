package io.veille.extractor.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunctionWordDetectorTest {

    private final LanguageDetector detector = new FunctionWordDetector();

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "Le président français a annoncé un plan d'investissement de 109 milliards d'euros pour l'IA.|null|fr",
        "Paris a accueilli, les 10 et 11 février 2025, un sommet de l'intelligence artificielle.|null|fr",
        "Nvidia and Mistral AI said on Wednesday they would build an AI cloud in France.|null|en",
        "Microsoft said yesterday it would invest $20bn over five years.|null|en",
        "Die Bundesregierung hat am Montag ein neues Programm für die Forschung vorgestellt, das auch KI umfasst.|fr|de",
        "El gobierno ha presentado un plan para la inteligencia artificial con una inversión de los fondos europeos.|fr|es",
        "Президент объявил о новых инвестициях в искусственный интеллект.|fr|ru",
        "人工智能峰会在巴黎举行。|en|zh",
        "2,5 M€|fr|fr",
        "Mistral AI|en|en",
        "Mistral AI|null|und",
        "|fr|fr",
    })
    void tells_the_language_or_falls_back_to_the_hint(String text, String hint, String expected) {
        assertThat(detector.detect(text, hint)).isEqualTo(expected);
    }
}
