package io.veille.infra;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

import io.veille.contracts.Topics;

/**
 * Veille's topics with the largest record each accepts (max.message.bytes), created before any
 * client connects so that none is auto-created with the broker's default. The chain of limits,
 * from what the crawler fetches to what each consumer fetches, is in docs/architecture.md
 * ("Record size limits"); a Kubernetes KafkaTopic copies the same numbers.
 */
public final class VeilleTopics {

    private static final int MIB = 1024 * 1024;
    private static final int PARTITIONS = 3;

    /** Each a little above what its producer's max.request.size lets through, for the batch and header overhead. */
    public static final Map<String, Integer> MAX_MESSAGE_BYTES = Map.of(
            Topics.ARTICLES_RAW, 9 * MIB,
            Topics.deadLetter(Topics.ARTICLES_RAW), 10 * MIB,
            Topics.ARTICLES_EXTRACTED, 5 * MIB,
            Topics.deadLetter(Topics.ARTICLES_EXTRACTED), 6 * MIB,
            Topics.DIGESTS_FR, 3 * MIB,
            Topics.DIGESTS_EN, 3 * MIB);

    private VeilleTopics() {
    }

    /** Creates the missing topics and sets every topic's limit again: a kept data directory gets the current numbers. */
    public static void ensure(String bootstrapServers) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            MAX_MESSAGE_BYTES.forEach((topic, bytes) -> {
                if (!existing.contains(topic)) {
                    missing.add(new NewTopic(topic, PARTITIONS, (short) 1)
                            .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(bytes))));
                }
            });
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            Map<ConfigResource, Collection<AlterConfigOp>> limits = new HashMap<>();
            MAX_MESSAGE_BYTES.forEach((topic, bytes) -> limits.put(new ConfigResource(ConfigResource.Type.TOPIC, topic),
                    List.of(new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(bytes)),
                            AlterConfigOp.OpType.SET))));
            admin.incrementalAlterConfigs(limits).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating Veille's topics", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot create Veille's topics on " + bootstrapServers + ": " + e.getMessage(), e);
        }
    }
}
