package se.rapportverk.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The API as another system calls it: java.net.http, multipart bodies built by hand. */
final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNDARY = "----rapportverk-test-7d1f";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    Http(URI base) {
        this.base = base;
    }

    /** One answer: status, headers and body. */
    record Answer(int status, java.net.http.HttpHeaders headers, byte[] body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + text(), e);
            }
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** A multipart form: the workbook under {@code arbetsbok} and any text fields. */
    static final class Form {
        private final Map<String, String> fields = new LinkedHashMap<>();
        private String fileName;
        private byte[] file;

        Form workbook(String name, byte[] bytes) {
            this.fileName = name;
            this.file = bytes;
            return this;
        }

        Form field(String name, String value) {
            fields.put(name, value);
            return this;
        }

        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Map.Entry<String, String> f : fields.entrySet()) {
                write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                        + f.getValue() + "\r\n");
            }
            if (file != null) {
                write(out, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"arbetsbok\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument."
                        + "spreadsheetml.sheet\r\n\r\n");
                out.writeBytes(file);
                write(out, "\r\n");
            }
            write(out, "--" + BOUNDARY + "--\r\n");
            return out.toByteArray();
        }

        private static void write(ByteArrayOutputStream out, String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    static Form form(String name, byte[] workbook) {
        return new Form().workbook(name, workbook);
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** Posts a form with its length given (Content-Length). */
    Answer post(String path, Form form) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())));
    }

    /** Posts a form without a length (chunked), as a client streaming an upload does. */
    Answer postChunked(String path, Form form) {
        byte[] body = form.bytes();
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    /** Posts a body that is not a form. */
    Answer postRaw(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
