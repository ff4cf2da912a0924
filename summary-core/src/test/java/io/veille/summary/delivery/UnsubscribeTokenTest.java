package io.veille.summary.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsubscribeTokenTest {

    @Test
    void a_token_is_the_base64url_hmac_sha256_of_the_id_under_the_secret() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertThat(UnsubscribeToken.of("Jefe", "what do ya want for nothing?"))
                .isEqualTo("W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM");
    }

    @Test
    void a_token_matches_only_its_own_subscription_and_secret() {
        String token = UnsubscribeToken.of("secret-1", "sub-1");

        assertThat(UnsubscribeToken.matches("secret-1", "sub-1", token)).isTrue();
        assertThat(UnsubscribeToken.matches("secret-1", "sub-2", token)).isFalse();
        assertThat(UnsubscribeToken.matches("secret-2", "sub-1", token)).isFalse();
        assertThat(UnsubscribeToken.matches("secret-1", "sub-1", token.substring(1))).isFalse();
        assertThat(UnsubscribeToken.matches("secret-1", "sub-1", null)).isFalse();
    }

    @Test
    void the_link_names_the_subscription_in_its_path_and_carries_the_token() {
        assertThat(UnsubscribeToken.link("https://veille.example/", "sub 1", "k"))
                .isEqualTo("https://veille.example/unsubscribe/sub%201?token=" + UnsubscribeToken.of("k", "sub 1"));
    }
}
