package io.veille.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OpenAI-compatible chat-completions stub that answers like a careful model: it reads the
 * facts of the prompt and writes French and English items quoting them, citing their ids. Every
 * {@code inventEvery}-th first attempt also states an amount no fact backs, as a careless model
 * would; a repair request (one that lists rejected claims) gets the clean answer. It counts what
 * it was asked and what it invented, and reports usage as the real API does (tokens estimated as
 * characters / 4, the usual rule of thumb for French and English).
 */
final class GroundedLlmStub implements AutoCloseable {

    private static final Pattern FACT = Pattern.compile("^(F\\d+)(?: A\\d+)? (MONEY|PERCENT|QUANTITY|DATE) \"([^\"]*)\"(.*)$");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Usage(int requests, int storyRequests, int repairRequests, long promptTokens, long completionTokens,
            long storyPromptTokens, long storyCompletionTokens, int invented) {
    }

    private final HttpServer server;
    private final int inventEvery;
    private final AtomicInteger firstAttempts = new AtomicInteger();
    private final List<Usage> log = new ArrayList<>();

    GroundedLlmStub(int inventEvery) throws IOException {
        this.inventEvery = inventEvery;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::complete);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    synchronized Usage usage() {
        return log.stream().reduce(new Usage(0, 0, 0, 0, 0, 0, 0, 0), (a, b) -> new Usage(a.requests() + b.requests(),
                a.storyRequests() + b.storyRequests(), a.repairRequests() + b.repairRequests(),
                a.promptTokens() + b.promptTokens(), a.completionTokens() + b.completionTokens(),
                a.storyPromptTokens() + b.storyPromptTokens(), a.storyCompletionTokens() + b.storyCompletionTokens(),
                a.invented() + b.invented()));
    }

    private void complete(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            JsonNode request = JSON.readTree(in);
            String system = request.at("/messages/0/content").asText();
            String user = request.at("/messages/1/content").asText();
            boolean story = system.contains("several articles");
            boolean repair = user.contains("<rejected>");
            boolean invent = !repair && inventEvery > 0 && firstAttempts.incrementAndGet() % inventEvery == 0;
            String content = answer(facts(user), invent, repair);
            long promptTokens = (system.length() + user.length()) / 4;
            long completionTokens = content.length() / 4;
            synchronized (this) {
                log.add(new Usage(1, story ? 1 : 0, repair ? 1 : 0, promptTokens, completionTokens, story ? promptTokens : 0,
                        story ? completionTokens : 0, invent ? 1 : 0));
            }
            ObjectNode response = JSON.createObjectNode().put("id", "chatcmpl-stub").put("object", "chat.completion")
                    .put("created", 1739170000).put("model", request.path("model").asText());
            ObjectNode choice = response.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", content);
            response.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                    .put("total_tokens", promptTokens + completionTokens);
            byte[] body = JSON.writeValueAsBytes(response);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (RuntimeException e) {
            exchange.sendResponseHeaders(500, -1);
        } finally {
            exchange.close();
        }
    }

    private record PromptFact(String id, String type, String text, BigDecimal value) {
    }

    private static List<PromptFact> facts(String user) {
        int start = user.indexOf("<facts>\n");
        int end = user.indexOf("</facts>");
        List<PromptFact> facts = new ArrayList<>();
        if (start < 0 || end < start) {
            return facts;
        }
        for (String line : user.substring(start + 8, end).split("\n")) {
            Matcher m = FACT.matcher(line);
            if (m.matches()) {
                Matcher value = Pattern.compile(" value=(\\S+)").matcher(m.group(4));
                facts.add(new PromptFact(m.group(1), m.group(2), m.group(3), value.find() ? new BigDecimal(value.group(1)) : null));
            }
        }
        return facts;
    }

    /** The amounts and dates first, each quoted as the article wrote it. */
    private static String answer(List<PromptFact> facts, boolean invent, boolean repair) throws IOException {
        List<PromptFact> chosen = facts.stream().filter(f -> f.type().equals("MONEY")).limit(3).toList();
        // A repair keeps to the amounts, the claims least open to dispute.
        List<PromptFact> dates = repair ? List.of()
                : facts.stream().filter(f -> f.type().equals("DATE") && f.text().matches(".*\\d{4}.*")).limit(1).toList();
        ObjectNode root = JSON.createObjectNode();
        Map<String, String[]> lines = new LinkedHashMap<>();
        lines.put("fr", new String[] {"Ce que disent les articles", "Les articles citent %s.", "Un budget de %s milliards d'euros est aussi évoqué."});
        lines.put("en", new String[] {"What the articles say", "The articles report %s in their coverage.",
                "A budget of €%s billion is also mentioned in the coverage."});
        for (Map.Entry<String, String[]> lang : lines.entrySet()) {
            ObjectNode text = root.putObject(lang.getKey()).put("title", lang.getValue()[0]);
            ArrayNode items = text.putArray("items");
            for (PromptFact f : concat(chosen, dates)) {
                ObjectNode item = items.addObject().put("text", lang.getValue()[1].formatted(f.text()));
                item.putArray("facts").add(f.id());
            }
            if (items.isEmpty()) {
                items.addObject().put("text", lang.getKey().equals("fr") ? "Les articles ne donnent aucun chiffre."
                        : "The articles give no figure at all in their coverage.").putArray("facts");
            }
            if (invent) {
                BigDecimal largest = chosen.stream().map(PromptFact::value).filter(v -> v != null).max(BigDecimal::compareTo)
                        .orElse(BigDecimal.ZERO);
                long invented = largest.movePointLeft(9).longValue() + 7;
                items.addObject().put("text", lang.getValue()[2].formatted(invented)).putArray("facts");
            }
        }
        return JSON.writeValueAsString(root);
    }

    private static List<PromptFact> concat(List<PromptFact> a, List<PromptFact> b) {
        List<PromptFact> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
