package io.veille.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeyRingTest {

    private final ApiKeyRing ring = new ApiKeyRing(List.of("reader-1", " reader-2 "), List.of("follower"), List.of("boss"));

    @Test
    void aReadKeyGrantsReadOnly() {
        assertThat(ring.holderOf("reader-2")).hasValueSatisfying(holder -> {
            assertThat(holder.roles()).containsExactly(Roles.READ);
            assertThat(holder.name()).isEqualTo("read-key-2");
        });
    }

    @Test
    void aSubscribeKeyGrantsSubscribeAndReadButNotAdmin() {
        assertThat(ring.holderOf("follower")).hasValueSatisfying(holder -> {
            assertThat(holder.roles()).containsExactlyInAnyOrder(Roles.READ, Roles.SUBSCRIBE);
            assertThat(holder.name()).isEqualTo("subscribe-key-1");
        });
    }

    @Test
    void anAdminKeyGrantsEveryScope() {
        assertThat(ring.holderOf("boss")).hasValueSatisfying(holder ->
                assertThat(holder.roles()).containsExactlyInAnyOrder(Roles.READ, Roles.SUBSCRIBE, Roles.ADMIN));
    }

    @Test
    void anUnknownKeyOrAPrefixOfAKnownOneHasNoHolder() {
        assertThat(ring.holderOf("bos")).isEmpty();
        assertThat(ring.holderOf("boss2")).isEmpty();
        assertThat(ring.holderOf("")).isEmpty();
    }

    @Test
    void holderNamesNeverContainTheKey() {
        assertThat(ring.holderOf("boss").orElseThrow().name()).doesNotContain("boss");
    }

    @Test
    void readsAreOpenOnlyWhenNoReadKeyIsConfigured() {
        assertThat(ring.readsOpen()).isFalse();
        assertThat(new ApiKeyRing(List.of(" ", ""), List.of("boss")).readsOpen()).isTrue();
    }

    @Test
    void withoutAdminKeysNoKeyIsAdmin() {
        ApiKeyRing readOnly = new ApiKeyRing(List.of("reader"), List.of());
        assertThat(readOnly.holderOf("reader").orElseThrow().roles()).doesNotContain(Roles.ADMIN);
    }

    @Test
    void aKeyFileHoldsOneKeyALineWithCommentsAndBlankLinesIgnored(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys");
        Files.writeString(file, "# mounted by the secret store\nfirst\n\n  second  \n");
        assertThat(ApiKeyRing.readFile(file)).containsExactly("first", "second");
    }

    @Test
    void aMissingKeyFileIsAnErrorNamingTheFile(@TempDir Path dir) {
        assertThatThrownBy(() -> ApiKeyRing.readFile(dir.resolve("absent")))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("absent");
    }
}
