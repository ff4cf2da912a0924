package io.veille.crawler.fetch;

import java.net.URI;
import java.nio.charset.Charset;

/**
 * An HTTP answer, whatever its status.
 *
 * @param finalUrl  where the redirects ended
 * @param charset   from Content-Type, else the document's own declaration, else UTF-8
 * @param truncated the body was longer than the cap and was cut
 */
public record FetchResult(
        URI url,
        URI finalUrl,
        int status,
        String contentType,
        Charset charset,
        byte[] body,
        boolean truncated,
        String etag,
        String lastModified) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public boolean notModified() {
        return status == 304;
    }

    public String text() {
        return new String(body, charset);
    }
}
