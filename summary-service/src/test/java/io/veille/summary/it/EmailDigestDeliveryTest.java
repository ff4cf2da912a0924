package io.veille.summary.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.veille.contracts.EventJson;
import io.veille.contracts.ExtractedArticle;
import io.veille.contracts.Topics;
import io.veille.infra.KafkaTestClient;
import io.veille.infra.VeilleTestResources;
import io.veille.summary.Articles;

@QuarkusTest
@QuarkusTestResource(value = VeilleTestResources.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = WireMockPeers.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = GreenMailSmtp.class, restrictToAnnotatedClass = false)
class EmailDigestDeliveryTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @InjectGreenMail
    GreenMail greenMail;

    @Inject
    AgroalDataSource dataSource;

    /** An e-mail subscription as the subscriptions API stores it, due two seconds from now (after the digests settle). */
    private String subscribe(String target, String lang, String email) {
        return subscribe(target, lang, email, "[]");
    }

    private String subscribe(String target, String lang, String email, String kinds) {
        String id = "sub-" + UUID.randomUUID();
        new Db(dataSource).update("""
                insert into summary.subscription (id, target, lang, kinds, channel, secret, email, schedule, time_zone,
                    next_send_at, covered_until, active, created_at, updated_at)
                values (?, ?, ?, ?::jsonb, 'email', ?, ?, 'daily 08:00', 'Europe/Paris',
                    now() + interval '2 seconds', now() - interval '10 minutes', true, now(), now())""",
                id, target, lang, kinds, "secret-" + UUID.randomUUID(), email);
        return id;
    }

    private static String storyDigestTitle(String story, String lang) {
        await().atMost(WITHIN).untilAsserted(() -> given().queryParam("lang", lang).queryParam("story", story).queryParam("kind", "STORY")
                .when().get("/api/v1/digests").then().statusCode(200).body("total", equalTo(1)));
        return given().queryParam("lang", lang).queryParam("story", story).queryParam("kind", "STORY").when().get("/api/v1/digests")
                .then().extract().path("items[0].title");
    }

    private MimeMessage awaitEmailTo(String address) {
        // twice the usual wait: after an SMTP outage the first retry may still time out against the restarting server
        return await().atMost(WITHIN.multipliedBy(2)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> recipients(m).contains(address)).findFirst(), Optional::isPresent).orElseThrow();
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to == null ? List.of() : Arrays.stream(to).map(a -> ((InternetAddress) a).getAddress()).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message's parts by content type (text/plain, text/html), however the multipart is nested. */
    private static Map<String, String> parts(Part part) throws Exception {
        Map<String, String> parts = new HashMap<>();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                parts.putAll(parts(multipart.getBodyPart(i)));
            }
        } else {
            parts.put(part.getContentType().split(";")[0].trim().toLowerCase(), (String) part.getContent());
        }
        return parts;
    }

    private static URI unsubscribeLink(MimeMessage message) throws MessagingException {
        String header = MimeUtility.unfold(message.getHeader("List-Unsubscribe", null)).trim();
        assertThat(header).startsWith("<").endsWith(">");
        return URI.create(header.substring(1, header.length() - 1));
    }

    private static String token(URI link) {
        return link.getRawQuery().substring("token=".length());
    }

    private boolean active(String subscriptionId) {
        return (Boolean) new Db(dataSource).rows("select active from summary.subscription where id = ?", subscriptionId).get(0).get(0);
    }

    @Test
    void an_english_subscriber_gets_the_windows_digests_and_unsubscribes_in_one_click() throws Exception {
        String story = "story-" + UUID.randomUUID();
        ExtractedArticle article = Articles.summitEn("mail-en-" + UUID.randomUUID(), story);
        KafkaTestClient.send(Topics.ARTICLES_EXTRACTED, article.articleId(), EventJson.write(article));
        String title = storyDigestTitle(story, "en");
        String address = "reader-" + UUID.randomUUID() + "@example.com";
        String id = subscribe("all", "en", address);

        MimeMessage message = awaitEmailTo(address);

        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("digests@veille.test");
        assertThat(message.getSubject()).startsWith("Your digest for ").endsWith(" — all news");
        Map<String, String> parts = parts(message);
        assertThat(parts).containsKeys("text/plain", "text/html");
        assertThat(parts.get("text/plain")).contains("== " + title + " ==", article.url(), "Unsubscribe: http");
        assertThat(parts.get("text/html")).contains("<h2>" + title.replace("&", "&amp;") + "</h2>",
                "<a href=\"" + article.url() + "\">" + article.title() + "</a>");
        URI link = unsubscribeLink(message);
        assertThat(link.getPath()).isEqualTo("/unsubscribe/" + id);
        assertThat(parts.get("text/plain")).contains(link.toString());
        assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        List<Object> log = new Db(dataSource).rows("select outcome, digests, error from summary.email_send where subscription_id = ?", id)
                .get(0);
        assertThat(log.get(0)).isEqualTo("sent");
        assertThat(((Number) log.get(1)).intValue()).isPositive();
        assertThat(new Db(dataSource).count("""
                select count(*) from summary.subscription where id = ? and next_send_at > now() and covered_until > created_at""", id))
                .isEqualTo(1);

        given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click").queryParam("token", token(link))
                .when().post(link.getPath()).then().statusCode(200).contentType(ContentType.HTML).body(containsString("Unsubscribed"));

        assertThat(active(id)).isFalse();
    }

    @Test
    void a_french_subscriber_to_a_topic_gets_a_french_email_and_confirms_on_the_unsubscribe_page() throws Exception {
        String story = "story-" + UUID.randomUUID();
        ExtractedArticle article = Articles.summitIn("mail-fr-" + UUID.randomUUID(), story);
        KafkaTestClient.send(Topics.ARTICLES_EXTRACTED, article.articleId(), EventJson.write(article));
        String title = storyDigestTitle(story, "fr");
        String address = "lectrice-" + UUID.randomUUID() + "@example.fr";
        String id = subscribe("topic:ia", "fr", address);

        MimeMessage message = awaitEmailTo(address);

        assertThat(message.getSubject()).startsWith("Votre veille du ").endsWith(" — Intelligence artificielle");
        Map<String, String> parts = parts(message);
        assertThat(parts.get("text/plain")).contains("== " + title + " ==", "Sources :", "Se désabonner : http",
                "abonné à la veille « Intelligence artificielle »");
        assertThat(parts.get("text/html")).contains("<html lang=\"fr\">", "Se désabonner</a>");
        URI link = unsubscribeLink(message);

        given().queryParam("token", token(link)).when().get(link.getPath()).then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("<form method=\"post\""), containsString("name=\"List-Unsubscribe\" value=\"One-Click\""),
                        containsString("Se désabonner de la veille « Intelligence artificielle » ?"));
        assertThat(active(id)).isTrue();
        given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click").queryParam("token", token(link))
                .when().post(link.getPath()).then().statusCode(200).body(containsString("Désabonnement confirmé"));
        assertThat(active(id)).isFalse();
    }

    @Test
    void a_wrong_or_missing_token_unsubscribes_nobody() {
        String id = subscribe("watch:nothing-" + UUID.randomUUID(), "en", "reader-" + UUID.randomUUID() + "@example.com");

        for (String path : List.of("/unsubscribe/" + id, "/unsubscribe/no-such-subscription")) {
            given().queryParam("token", "forged").when().get(path).then().statusCode(403).contentType("application/problem+json")
                    .body("detail", containsString("not valid"));
            given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "One-Click").queryParam("token", "forged")
                    .when().post(path).then().statusCode(403).contentType("application/problem+json");
        }
        // a multipart one-click body is read too: the forged token, not the body, is what is refused
        given().multiPart("List-Unsubscribe", "One-Click").queryParam("token", "forged").when().post("/unsubscribe/" + id)
                .then().statusCode(403);
        given().when().get("/unsubscribe/" + id).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("token"));
        given().contentType(ContentType.URLENC).formParam("List-Unsubscribe", "Please").queryParam("token", "forged")
                .when().post("/unsubscribe/" + id).then().statusCode(400).body("detail", containsString("One-Click"));

        assertThat(active(id)).isTrue();
    }

    @Test
    void a_window_without_digests_sends_nothing_but_is_covered() {
        String address = "quiet-" + UUID.randomUUID() + "@example.com";
        String id = subscribe("watch:nothing-" + UUID.randomUUID(), "en", address);

        await().atMost(WITHIN).until(() -> new Db(dataSource).count(
                "select count(*) from summary.email_send where subscription_id = ? and outcome = 'empty' and digests = 0", id) == 1);

        assertThat(new Db(dataSource).count("""
                select count(*) from summary.subscription where id = ? and next_send_at > now() and covered_until > created_at""", id))
                .isEqualTo(1);
        assertThat(Arrays.stream(greenMail.getReceivedMessages()).filter(m -> recipients(m).contains(address))).isEmpty();
    }

    @Test
    void an_email_the_smtp_server_cannot_take_is_logged_and_sent_after_a_backoff() {
        String story = "story-" + UUID.randomUUID();
        ExtractedArticle article = Articles.summitEn("mail-down-" + UUID.randomUUID(), story);
        KafkaTestClient.send(Topics.ARTICLES_EXTRACTED, article.articleId(), EventJson.write(article));
        storyDigestTitle(story, "en");
        String address = "patient-" + UUID.randomUUID() + "@example.com";
        greenMail.stop();
        String id;
        try {
            id = subscribe("all", "en", address);
            await().atMost(WITHIN).until(() -> new Db(dataSource).count(
                    "select count(*) from summary.email_send where subscription_id = ? and outcome = 'failed' and error is not null", id) > 0);
            // the window is kept for the retry, which is due after the backoff rather than at the schedule's next time
            assertThat(new Db(dataSource).count("""
                    select count(*) from summary.subscription where id = ? and covered_until < now() - interval '9 minutes'
                    and next_send_at < now() + interval '1 hour'""", id)).isEqualTo(1);
        } finally {
            greenMail.start();
        }

        awaitEmailTo(address);
        await().atMost(WITHIN).until(() -> new Db(dataSource).count(
                "select count(*) from summary.email_send where subscription_id = ? and outcome = 'sent'", id) == 1);
    }

    @Test
    void a_subscription_that_cannot_be_composed_fails_alone_and_stays_active() {
        String broken = subscribe("all", "en", "broken-" + UUID.randomUUID() + "@example.com", "[\"NO_SUCH_KIND\"]");
        String quiet = subscribe("watch:nothing-" + UUID.randomUUID(), "en", "fine-" + UUID.randomUUID() + "@example.com");

        await().atMost(WITHIN).until(() -> new Db(dataSource).count(
                "select count(*) from summary.email_send where subscription_id = ? and outcome = 'failed' and error like '%NO_SUCH_KIND%'",
                broken) > 0);
        await().atMost(WITHIN).until(() -> new Db(dataSource).count(
                "select count(*) from summary.email_send where subscription_id = ? and outcome = 'empty'", quiet) == 1);

        assertThat(active(broken)).isTrue();
    }
}
