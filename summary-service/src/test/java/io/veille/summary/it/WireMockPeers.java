package io.veille.summary.it;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One WireMock server on 127.0.0.1 standing in for the crawler, the extractor and an
 * LLM server (OpenAI-compatible or Mistral's API, both under /v1), and the subscribers' webhook receiver:
 * the only things a summary-service test stubs.
 */
public class WireMockPeers implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        return Map.of(
                "veille.services.crawler-url", server.baseUrl(),
                "veille.services.extractor-url", server.baseUrl(),
                "veille.llm.openai.base-url", server.baseUrl() + "/v1",
                "veille.llm.mistral.base-url", server.baseUrl() + "/v1",
                // it is also the webhook receiver of the delivery tests: its port alone is allow-listed
                "veille.delivery.allow-private-hosts", "127.0.0.1:" + server.port());
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(InjectWireMock.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
