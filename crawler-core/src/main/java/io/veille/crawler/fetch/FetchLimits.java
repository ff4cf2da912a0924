package io.veille.crawler.fetch;

import java.time.Duration;

/**
 * What one fetch may cost.
 *
 * @param maxBodyBytes       bytes kept from the (decompressed) body; the rest is not read
 * @param maxInflationRatio  decompressed / compressed bytes above which a gzip body is refused (a "zip bomb")
 */
public record FetchLimits(
        Duration connectTimeout,
        Duration readTimeout,
        int maxRedirects,
        int maxBodyBytes,
        int maxInflationRatio,
        String userAgent) {

    public static FetchLimits defaults() {
        return new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(30), 5, 5 * 1024 * 1024, 100,
                "VeilleBot/0.1 (+https://github.com/veille; news monitoring)");
    }
}
