package io.veille.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class DemoSiteTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static DemoSite site;

    @BeforeAll
    static void start() {
        site = DemoSite.start(0);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void the_feed_is_rss_listing_the_five_pages_at_this_servers_address() throws Exception {
        HttpResponse<byte[]> response = get("/feed.xml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/rss+xml; charset=utf-8");
        Document feed = parseXml(response.body());
        assertThat(feed.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
        NodeList items = feed.getElementsByTagName("item");
        assertThat(items.getLength()).isEqualTo(5);
        List<String> links = new ArrayList<>();
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            for (String field : List.of("title", "link", "guid", "pubDate", "description")) {
                assertThat(text(item, field)).as(field).isNotBlank();
            }
            links.add(text(item, "link"));
        }
        assertThat(links).containsExactlyInAnyOrderElementsOf(DemoSite.SLUGS.stream().map(site::articleUrl).toList());
        assertThat(new String(response.body(), "UTF-8")).doesNotContain("{{BASE_URL}}");
    }

    @Test
    void every_page_the_feed_lists_is_served_as_utf8_html() throws Exception {
        for (String slug : DemoSite.SLUGS) {
            HttpResponse<byte[]> response = get("/articles/" + slug + ".html");

            assertThat(response.statusCode()).as(slug).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            String html = new String(response.body(), "UTF-8");
            assertThat(html).contains("<h1>", "<article>", "og:title", "<footer");
        }
    }

    @Test
    void the_page_with_the_109_billion_plan_carries_its_text_and_json_ld() throws Exception {
        String html = new String(get("/articles/offensive-francaise-ia-109-milliards.html").body(), "UTF-8");

        assertThat(html).contains("109 milliards d'euros", "application/ld+json", "\"datePublished\": \"2025-02-11");
    }

    @Test
    void unknown_paths_and_path_tricks_are_not_found() throws Exception {
        assertThat(get("/articles/nope.html").statusCode()).isEqualTo(404);
        assertThat(get("/articles/..%2FREADME.md").statusCode()).isEqualTo(404);
        assertThat(get("/demo/README.md").statusCode()).isEqualTo(404);
    }

    @Test
    void only_reads_are_allowed() throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(URI.create(site.feedUrl()))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(405);
    }

    private static HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(site.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Document parseXml(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Element item, String tag) {
        return item.getElementsByTagName(tag).item(0).getTextContent().trim();
    }
}
