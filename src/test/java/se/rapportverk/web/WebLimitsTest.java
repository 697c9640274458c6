package se.rapportverk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import se.rapportverk.template.TemplateEngine;

/**
 * The server's limits over HTTP: upload size (413), jobs at once and job time (503), a stalled
 * upload (408). Each test starts a server of its own with small limits; jobs are held with the
 * server's start-of-job hook, so that "busy" and "too slow" happen for certain, not by timing.
 */
class WebLimitsTest {

    private static final byte[] WORKBOOK = TestWorkbooks.bytes(TestWorkbooks.AVVIKELSER);
    private static final Duration IDLE = Duration.ofSeconds(30);

    private static WebServer start(Limits limits, Runnable onJobStart) throws Exception {
        return WebServer.start(new WebServer.Settings("127.0.0.1", 0, TemplateEngine.builtIn()), limits, onJobStart,
                line -> { });
    }

    @Test
    void aWorkbookLargerThanTheLimitIs413WhetherItsLengthIsGivenOrNot() throws Exception {
        long limit = 100 * 1024;
        try (WebServer server = start(new Limits(limit, 2, Duration.ofSeconds(5), Duration.ofSeconds(60), IDLE), () -> { })) {
            Http http = new Http(server.address());
            byte[] large = new byte[(int) limit + 1];
            System.arraycopy(WORKBOOK, 0, large, 0, WORKBOOK.length);
            String expected = "Arbetsboken är för stor: Rapportverk tar emot högst 100 kB. En arbetsbok med bara "
                    + "siffror och texter är sällan större än några hundra kB; ta bort bilder och blad som inte behövs "
                    + "och försök igen.";

            Http.Answer withLength = http.post("api/check", Http.form("stor.xlsx", large));
            assertEquals(413, withLength.status());
            assertEquals(expected, withLength.json().get("message").asText());
            // The connection is closed after a refused body, and the answer says so, so that the client
            // does not send its next request on it.
            assertEquals("close", withLength.header("Connection"));

            Http.Answer chunked = http.postChunked("api/check", Http.form("stor.xlsx", large));
            assertEquals(413, chunked.status());
            assertEquals(expected, chunked.json().get("message").asText());

            // Far over the limit: refused on its Content-Length alone.
            Http.Answer huge = http.post("api/generate", Http.form("enorm.xlsx", new byte[(int) limit * 20]));
            assertEquals(413, huge.status());

            // Just under the limit is accepted (the example is about 30 kB).
            assertEquals(200, http.post("api/check", Http.form("liten.xlsx", WORKBOOK)).status());
            try (Stream<Path> s = Files.list(server.spillFolder())) {
                assertEquals(List.of(), s.toList());
            }
        }
    }

    @Test
    void whenEveryPlaceIsTakenARequestGets503AndTheHeldOneStillFinishes() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Runnable hold = () -> {
            started.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        try (WebServer server = start(new Limits(1024 * 1024, 1, Duration.ofMillis(200), Duration.ofSeconds(60), IDLE), hold)) {
            Http http = new Http(server.address());
            CompletableFuture<Http.Answer> first = CompletableFuture.supplyAsync(
                    () -> http.post("api/check", Http.form("ett.xlsx", WORKBOOK)));
            assertTrue(started.await(30, TimeUnit.SECONDS), "the first job started");

            Http.Answer second = http.post("api/check", Http.form("tva.xlsx", WORKBOOK));
            assertEquals(503, second.status());
            assertEquals("5", second.header("Retry-After"));
            assertEquals("Rapportverk arbetar redan med en arbetsbok och har inte plats för fler just nu. Försök igen "
                    + "om en stund.", second.json().get("message").asText());
            JsonNode status = http.get("api/status").json();
            assertEquals(0, status.get("limits").get("freeJobs").asInt(), "the page itself still answers");

            release.countDown();
            Http.Answer done = first.get(60, TimeUnit.SECONDS);
            assertEquals(200, done.status(), done.text());
            assertEquals(7, done.json().get("warnings").asInt());
            assertEquals(200, http.post("api/check", Http.form("tre.xlsx", WORKBOOK)).status(),
                    "the place is free again");
        }
    }

    @Test
    void aJobThatTakesTooLongGets503ButKeepsItsPlaceUntilItEnds() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Runnable stubborn = () -> {
            // Work that does not stop when interrupted, like a long rendering.
            boolean interrupted = false;
            while (release.getCount() > 0) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        };
        try (WebServer server = start(new Limits(1024 * 1024, 1, Duration.ZERO, Duration.ofMillis(300), IDLE), stubborn)) {
            Http http = new Http(server.address());
            Http.Answer slow = http.post("api/check", Http.form("langsam.xlsx", WORKBOOK));
            assertEquals(503, slow.status());
            assertEquals("Arbetsboken tog längre tid än 1 sekund att göra klar och avbröts. Försök igen om en stund; "
                    + "kvarstår det, kontakta IT.", slow.json().get("message").asText());

            Http.Answer meanwhile = http.post("api/check", Http.form("under-tiden.xlsx", WORKBOOK));
            assertEquals(503, meanwhile.status(), "the stopped job still holds its place");
            assertTrue(meanwhile.json().get("message").asText().startsWith("Rapportverk arbetar redan med en arbetsbok"));

            release.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (http.get("api/status").json().get("limits").get("freeJobs").asInt() == 0
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(1, http.get("api/status").json().get("limits").get("freeJobs").asInt());
        }
    }

    @Test
    void anUploadThatStallsIs408() throws Exception {
        try (WebServer server = start(new Limits(1024 * 1024, 1, Duration.ZERO, Duration.ofSeconds(60),
                Duration.ofMillis(500)), () -> { });
             java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            String head = "POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; "
                    + "boundary=x\r\nContent-Length: 100000\r\n\r\n--x\r\nContent-Disposition: form-data; "
                    + "name=\"arbetsbok\"; filename=\"a.xlsx\"\r\n\r\nPK";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.setSoTimeout(30_000);
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
            assertTrue(answer.contains("\"message\" : \"Uppladdningen avbröts: inget kom fram på 1 sekund. Skicka "
                    + "arbetsboken igen.\""), answer);
        }
    }
}
