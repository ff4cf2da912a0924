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
 * facts of the prompt and writes French and English items quoting them, citing their ids. Of
 * every {@code inventEvery} first attempts, all but one also state a claim no fact backs, as a
 * careless model would, of the next kind of {@link InventedClaims} that the prompt lends itself
 * to; a repair request (one that lists rejected claims) gets the clean answer. It logs each
 * invented claim, and each clean answer that was sent back for repair (a false alarm), counts
 * what it was asked, and reports usage as the real API does (tokens estimated as characters / 4,
 * the usual rule of thumb for French and English).
 */
final class GroundedLlmStub implements AutoCloseable {

    private static final Pattern FACT = Pattern.compile("^(F\\d+)(?: A\\d+)? (MONEY|PERCENT|QUANTITY|DATE) \"([^\"]*)\"(.*)$");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Usage(int requests, int storyRequests, int repairRequests, long promptTokens, long completionTokens,
            long storyPromptTokens, long storyCompletionTokens, int invented) {
    }

    /** A clean first answer whose prompt later came back for repair, with what was rejected. */
    record FalseAlarm(String rejected) {
    }

    private final HttpServer server;
    private final int inventEvery;
    private final AtomicInteger firstAttempts = new AtomicInteger();
    private final Map<String, Integer> usedByKind = new java.util.HashMap<>();
    private final List<Usage> log = new ArrayList<>();
    private final List<InventedClaims.Claim> claims = new ArrayList<>();
    private final Map<String, Boolean> cleanByPrompt = new java.util.HashMap<>();
    private final List<FalseAlarm> falseAlarms = new ArrayList<>();
    private int cleanFirstAttempts;

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
            int rejectedAt = user.indexOf("\n<rejected>");
            boolean repair = rejectedAt >= 0;
            String prompt = repair ? user.substring(0, rejectedAt) : user;
            List<InventedClaims.PromptFact> facts = facts(user);
            InventedClaims.Claim claim = null;
            if (!repair && inventEvery > 0 && firstAttempts.incrementAndGet() % inventEvery != 0) {
                claim = nextClaim(facts, articles(user));
            }
            boolean invent = claim != null;
            synchronized (this) {
                if (repair) {
                    if (Boolean.TRUE.equals(cleanByPrompt.get(prompt))) {
                        falseAlarms.add(new FalseAlarm(user.substring(rejectedAt)));
                    }
                } else {
                    cleanByPrompt.put(prompt, !invent);
                    if (invent) {
                        claims.add(claim);
                    } else {
                        cleanFirstAttempts++;
                    }
                }
            }
            String content = answer(facts, claim, repair);
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

    synchronized List<InventedClaims.Claim> claims() {
        return List.copyOf(claims);
    }

    synchronized List<FalseAlarm> falseAlarms() {
        return List.copyOf(falseAlarms);
    }

    synchronized int cleanFirstAttempts() {
        return cleanFirstAttempts;
    }

    /** The kind used least so far (the list's order breaks ties) that this prompt's facts and text lend themselves to. */
    private synchronized InventedClaims.Claim nextClaim(List<InventedClaims.PromptFact> facts, String article) {
        InventedClaims.Claim best = null;
        int fewest = Integer.MAX_VALUE;
        for (String kind : InventedClaims.KINDS) {
            int used = usedByKind.getOrDefault(kind, 0);
            if (used < fewest) {
                var claim = InventedClaims.of(kind, facts, article, used);
                if (claim.isPresent()) {
                    best = claim.get();
                    fewest = used;
                }
            }
        }
        if (best != null) {
            usedByKind.merge(best.kind(), 1, Integer::sum);
        }
        return best;
    }

    private static List<InventedClaims.PromptFact> facts(String user) {
        int start = user.indexOf("<facts>\n");
        int end = user.indexOf("</facts>");
        List<InventedClaims.PromptFact> facts = new ArrayList<>();
        if (start < 0 || end < start) {
            return facts;
        }
        for (String line : user.substring(start + 8, end).split("\n")) {
            Matcher m = FACT.matcher(line);
            if (m.matches()) {
                facts.add(new InventedClaims.PromptFact(m.group(1), m.group(2), m.group(3),
                        attribute(m.group(4), "value").map(BigDecimal::new).orElse(null), attribute(m.group(4), "currency").orElse(null),
                        attribute(m.group(4), "date").orElse(null), attribute(m.group(4), "dateEnd").orElse(null)));
            }
        }
        return facts;
    }

    private static java.util.Optional<String> attribute(String rest, String name) {
        Matcher m = Pattern.compile(" " + name + "=(\\S+)").matcher(rest);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /** The articles' texts of the prompt, one after the other. */
    private static String articles(String user) {
        StringBuilder all = new StringBuilder();
        Matcher m = Pattern.compile("<article[^>]*>\n(.*?)\n</article>", Pattern.DOTALL).matcher(user);
        while (m.find()) {
            all.append(m.group(1)).append('\n');
        }
        return all.toString();
    }

    /** The amounts and dates first, each quoted as the article wrote it. */
    private static String answer(List<InventedClaims.PromptFact> facts, InventedClaims.Claim claim, boolean repair) throws IOException {
        List<InventedClaims.PromptFact> chosen = facts.stream().filter(f -> f.type().equals("MONEY")).limit(3).toList();
        // A repair keeps to the amounts, the claims least open to dispute.
        List<InventedClaims.PromptFact> dates = repair ? List.of()
                : facts.stream().filter(f -> f.type().equals("DATE") && f.text().matches(".*\\d{4}.*")).limit(1).toList();
        ObjectNode root = JSON.createObjectNode();
        Map<String, String[]> lines = new LinkedHashMap<>();
        lines.put("fr", new String[] {"Ce que disent les articles", "Les articles citent %s."});
        lines.put("en", new String[] {"What the articles say", "The articles report %s in their coverage."});
        for (Map.Entry<String, String[]> lang : lines.entrySet()) {
            boolean fr = lang.getKey().equals("fr");
            boolean titled = claim != null && claim.place() == InventedClaims.Place.FRENCH_TITLE && fr;
            ObjectNode text = root.putObject(lang.getKey()).put("title", titled ? claim.fr() : lang.getValue()[0]);
            ArrayNode items = text.putArray("items");
            for (InventedClaims.PromptFact f : concat(chosen, dates)) {
                ObjectNode item = items.addObject().put("text", lang.getValue()[1].formatted(f.text()));
                item.putArray("facts").add(f.id());
            }
            if (items.isEmpty()) {
                items.addObject().put("text", lang.getKey().equals("fr") ? "Les articles ne donnent aucun chiffre."
                        : "The articles give no figure at all in their coverage.").putArray("facts");
            }
            if (claim != null && (claim.place() == InventedClaims.Place.BOTH
                    || claim.place() == InventedClaims.Place.ENGLISH_ONLY && !fr)) {
                items.addObject().put("text", fr ? claim.fr() : claim.en()).putArray("facts");
            }
        }
        return JSON.writeValueAsString(root);
    }

    private static List<InventedClaims.PromptFact> concat(List<InventedClaims.PromptFact> a, List<InventedClaims.PromptFact> b) {
        List<InventedClaims.PromptFact> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
