package io.veille.crawler.fetch;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/** Reads at most a fixed number of body bytes, inflating gzip/deflate within a ratio cap. */
public final class BoundedBody {

    /** Small bodies compress well legitimately; the ratio is only judged past this size. */
    private static final int RATIO_FLOOR_BYTES = 1024 * 1024;

    public record Read(byte[] bytes, boolean truncated) {
    }

    private BoundedBody() {
    }

    public static Read read(InputStream raw, String contentEncoding, int maxBytes, int maxRatio) throws IOException {
        CountingInputStream counted = new CountingInputStream(raw);
        String encoding = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        try (InputStream in = switch (encoding) {
            case "gzip", "x-gzip" -> new GZIPInputStream(counted, 8192);
            case "deflate" -> new InflaterInputStream(counted);
            case "", "identity" -> counted;
            default -> throw new IOException("unsupported Content-Encoding " + encoding);
        }) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 64 * 1024));
            byte[] buffer = new byte[8192];
            while (true) {
                int room = maxBytes - out.size();
                int n = in.read(buffer, 0, Math.min(buffer.length, room + 1));
                if (n < 0) {
                    return new Read(out.toByteArray(), false);
                }
                if (n > room) {
                    out.write(buffer, 0, room);
                    return new Read(out.toByteArray(), true);
                }
                out.write(buffer, 0, n);
                if (in != counted && out.size() > RATIO_FLOOR_BYTES && out.size() > counted.count * (long) maxRatio) {
                    throw new IOException("compressed body inflates more than " + maxRatio + " times: refused");
                }
            }
        }
    }

    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
