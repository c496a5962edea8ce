package dev.cvtailor.platform.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.cvtailor.platform.boundary.ApplicationProblem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses JSON bodies larger than {@code cvtailor.request.max-json-bytes} (default 1 MiB) with 413, whether
 * the client declares the length or streams the body: a body is never read beyond the limit. An upload
 * (multipart) that declares more than the file limit plus room for its metadata is refused before it is read;
 * the file part itself is read no further than its limit (UploadReader).
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

    static final long MULTIPART_OVERHEAD = 256 * 1024;

    @Inject
    @ConfigProperty(name = "cvtailor.request.max-json-bytes", defaultValue = "1048576")
    long maxJsonBytes;

    @Inject
    @ConfigProperty(name = "cvtailor.upload.max-bytes", defaultValue = "10485760")
    long maxUploadBytes;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (type == null) {
            return;
        }
        if (type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            limit(request, maxUploadBytes + MULTIPART_OVERHEAD,
                    "A file may have at most " + maxUploadBytes / (1024 * 1024) + " MB");
        } else if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            limit(request, maxJsonBytes, "A JSON body may have at most " + maxJsonBytes + " bytes");
        }
    }

    /** The whole body when it has at most {@code maxBytes}; else 413 with the refusal, after reading one byte more. */
    public static byte[] readAtMost(java.io.InputStream body, int maxBytes, String refusal) {
        try {
            byte[] bytes = body.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new ApplicationProblem(ApplicationProblem.Kind.PAYLOAD_TOO_LARGE, refusal);
            }
            return bytes;
        } catch (IOException e) {
            throw new ApplicationProblem(ApplicationProblem.Kind.INVALID_INPUT, "The body could not be read");
        }
    }

    private static void limit(ContainerRequestContext request, long maxBytes, String refusal) {
        if (request.getLength() > maxBytes) {
            throw new ApplicationProblem(ApplicationProblem.Kind.PAYLOAD_TOO_LARGE, refusal);
        }
        request.setEntityStream(new Bounded(request.getEntityStream(), maxBytes, refusal));
    }

    /** Reads on until the limit, then fails instead of reading further. */
    private static final class Bounded extends FilterInputStream {

        private final String refusal;
        private long remaining;

        Bounded(InputStream in, long limit, String refusal) {
            super(in);
            this.remaining = limit;
            this.refusal = refusal;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int bytes) {
            remaining -= bytes;
            if (remaining < 0) {
                throw new ApplicationProblem(ApplicationProblem.Kind.PAYLOAD_TOO_LARGE, refusal);
            }
        }
    }
}
