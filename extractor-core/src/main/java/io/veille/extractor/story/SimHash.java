package io.veille.extractor.story;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * 64-bit SimHash (Charikar) of a set of shingles: texts that share most of their shingles get
 * hashes a few bits apart, so near-duplicates (a wire story republished with another headline,
 * a corrected typo) are found by Hamming distance without keeping the texts.
 */
public final class SimHash {

    private SimHash() {
    }

    public static long of(Collection<String> shingles) {
        int[] votes = new int[64];
        for (String shingle : shingles) {
            long h = fnv1a64(shingle);
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1L) == 1L ? 1 : -1;
            }
        }
        long hash = 0L;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                hash |= 1L << bit;
            }
        }
        return hash;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    // FNV-1a then a 64-bit finaliser: FNV alone spreads short strings poorly over the high bits.
    static long fnv1a64(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
