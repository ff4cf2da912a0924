package io.veille.summary.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SubscriptionSpecTest {

    private static SubscriptionSpec webhook(String target, String lang, List<String> kinds, String url) {
        return new SubscriptionSpec(target, lang, kinds, "webhook", url, null, null, null, null);
    }

    private static SubscriptionSpec email(String address, String schedule, String zone) {
        return new SubscriptionSpec("all", "fr", List.of(), "email", null, null, address, schedule, zone);
    }

    @Test
    void a_valid_webhook_keeps_its_fields_and_upper_cases_its_kinds() {
        SubscriptionSpec spec = webhook("topic:ia", "fr", List.of("story", "PERIOD", "story"), "https://hooks.example/in").validated();
        assertThat(spec.kinds()).containsExactly("STORY", "PERIOD");
        assertThat(webhook("all", "en", null, "http://hooks.example:8080/x").validated().kinds()).isEmpty();
        assertThat(webhook("watch:my-watch_1", "en", List.of(), "http://hooks.example/").validated().target()).isEqualTo("watch:my-watch_1");
    }

    @Test
    void each_refusal_names_its_field() {
        assertThatThrownBy(() -> webhook("ia", "fr", List.of(), "https://h.example/").validated()).hasMessageStartingWith("target");
        assertThatThrownBy(() -> webhook("topic:", "fr", List.of(), "https://h.example/").validated()).hasMessageStartingWith("target");
        assertThatThrownBy(() -> webhook("all", "de", List.of(), "https://h.example/").validated()).hasMessageStartingWith("lang");
        assertThatThrownBy(() -> webhook("all", "fr", List.of("DAILY"), "https://h.example/").validated()).hasMessageStartingWith("kinds");
        assertThatThrownBy(() -> webhook("all", "fr", List.of(), null).validated()).hasMessageStartingWith("url is required");
        assertThatThrownBy(() -> webhook("all", "fr", List.of(), "ftp://h.example/").validated()).hasMessageStartingWith("url");
        assertThatThrownBy(() -> webhook("all", "fr", List.of(), "https://u:p@h.example/").validated()).hasMessageStartingWith("url");
        assertThatThrownBy(() -> new SubscriptionSpec("all", "fr", List.of(), "webhook", "https://h.example/", null, "a@b.example", null, null)
                .validated()).hasMessageStartingWith("email does not apply");
        assertThatThrownBy(() -> new SubscriptionSpec("all", "fr", List.of(), "sms", null, null, null, null, null).validated())
                .hasMessageStartingWith("channel");
        assertThatThrownBy(() -> new SubscriptionSpec("all", "fr", List.of(), "webhook", "https://h.example/", "short", null, null, null)
                .validated()).hasMessageStartingWith("secret");
    }

    @Test
    void the_secret_is_never_in_its_text() {
        SubscriptionSpec spec = new SubscriptionSpec("all", "fr", List.of(), "webhook", "https://h.example/", "a-secret-of-twenty-chars",
                null, null, null);
        assertThat(spec.toString()).doesNotContain("a-secret-of-twenty-chars").contains("secret=***");
    }

    @Test
    void an_email_subscription_needs_an_address_a_schedule_and_a_zone() {
        assertThat(email("lea@example.fr", "daily 08:00", "Europe/Paris").validated().email()).isEqualTo("lea@example.fr");
        assertThatThrownBy(() -> email("lea.example.fr", "daily 08:00", "Europe/Paris").validated()).hasMessageStartingWith("email");
        assertThatThrownBy(() -> email("lea@example.fr", null, "Europe/Paris").validated()).hasMessageStartingWith("schedule");
        assertThatThrownBy(() -> email("lea@example.fr", "daily 08:00", null).validated()).hasMessageStartingWith("timeZone");
        assertThatThrownBy(() -> email("lea@example.fr", "sometimes", "Europe/Paris").validated()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> email("lea@example.fr", "daily 08:00", "Mars/Olympus").validated()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SubscriptionSpec("all", "fr", List.of(), "email", "https://h.example/", null, "a@b.example",
                "daily 08:00", "UTC").validated()).hasMessageStartingWith("url does not apply");
    }
}
