package io.veille.kubernetes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import io.veille.infra.VeilleTopics;

/**
 * The KafkaTopics are Veille's topics (contracts {@code Topics}, with the record limits of
 * {@code VeilleTopics}) and every topic a service's channels name is among them.
 */
final class TopicsCheck {

    private TopicsCheck() {
    }

    static List<String> problems(Manifests manifests, Collection<String> channelTopics) {
        List<String> problems = new ArrayList<>();
        Map<String, JsonNode> declared = new HashMap<>();
        manifests.ofKind("KafkaTopic").forEach(topic -> {
            String name = topic.path("spec").path("topicName").asText(Manifests.name(topic));
            declared.put(name, topic);
            Integer limit = VeilleTopics.MAX_MESSAGE_BYTES.get(name);
            if (limit == null) {
                problems.add(Manifests.describe(topic) + ": " + name + " is not a Veille topic (contracts Topics)");
                return;
            }
            long bytes = topic.path("spec").path("config").path("max.message.bytes").asLong(-1);
            if (bytes != limit) {
                problems.add(Manifests.describe(topic) + ": max.message.bytes is " + bytes + ", VeilleTopics says " + limit
                        + " (docs/architecture.md, \"Record size limits\")");
            }
        });
        for (String topic : new TreeSet<>(VeilleTopics.MAX_MESSAGE_BYTES.keySet())) {
            if (!declared.containsKey(topic)) {
                problems.add("no KafkaTopic for " + topic);
            }
        }
        for (String topic : new TreeSet<>(channelTopics)) {
            if (!declared.containsKey(topic)) {
                problems.add("a service's channel reads or writes " + topic + ", which no KafkaTopic declares");
            }
        }
        return problems;
    }
}
