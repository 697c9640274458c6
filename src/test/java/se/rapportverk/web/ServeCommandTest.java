package se.rapportverk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.rapportverk.cli.Main;

/** {@code rapportverk serve} as a user starts it: its options, its messages, and a running server. */
class ServeCommandTest {

    /** What one command did. */
    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aPortThatIsNotANumberIsAUsageErrorInSwedish() {
        Run r = run("serve", "--port", "åttiåtti");
        assertEquals(2, r.status());
        assertEquals("Fel i kommandot: porten ska vara ett tal från 0 till 65535, inte \"åttiåtti\"", r.err().strip());
        assertEquals(2, run("serve", "--port", "70000").status());
    }

    @Test
    void aTakenPortSaysSoInSwedish() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Run r = run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(3, r.status());
            assertEquals("Porten " + taken.getLocalPort() + " på 127.0.0.1 kan inte användas: den används redan av ett "
                    + "annat program, eller kräver behörighet som administratör. Välj en annan port med --port.",
                    r.err().strip());
        }
    }

    @Test
    void anAddressThatIsNotThisComputersSaysSoInSwedish() {
        Run r = run("serve", "--host", "finns-inte.invalid", "--port", "0");
        assertEquals(3, r.status());
        assertEquals("Adressen finns-inte.invalid finns inte på den här datorn, så servern kan inte lyssna på den. "
                + "Ange en av datorns egna adresser med --host, till exempel 127.0.0.1 (bara den här datorn) eller "
                + "0.0.0.0 (alla dess nätverk).", r.err().strip());
    }

    @Test
    void aTemplatesFolderThatDoesNotExistIsAUsageError() {
        Run r = run("serve", "--port", "0", "--templates", "finns/inte");
        assertEquals(2, r.status());
        assertFalse(r.err().isBlank());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void helpDescribesTheOptionsInSwedish() {
        Run r = run("serve", "--help");
        assertEquals(0, r.status());
        for (String option : new String[] {"--port", "--host", "--templates", "--husstil", "--oppna"}) {
            assertTrue(r.out().contains(option), r.out());
        }
        assertTrue(r.out().contains("Standard: 127.0.0.1, så"), r.out());
    }

    @Test
    void servesOnThisComputerOnlyUntilStopped() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int[] status = {-1};
        Thread serving = new Thread(() -> status[0] = Main.run(new String[] {"serve", "--port", "0"}, print, print));
        serving.start();
        Pattern address = Pattern.compile("webbsidan finns på (http://127\\.0\\.0\\.1:(\\d+)/)");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Matcher m = address.matcher("");
        while (System.nanoTime() < deadline && !(m = address.matcher(out.toString(StandardCharsets.UTF_8))).find()) {
            Thread.sleep(20);
        }
        assertTrue(m.find(0), out.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Bara den här datorn når sidan (127.0.0.1)."), text);
        Http http = new Http(URI.create(m.group(1)));
        assertEquals(200, http.get("api/status").status());
        assertEquals(200, http.post("api/check", Http.form("a.xlsx", TestWorkbooks.bytes(TestWorkbooks.AVVIKELSER)))
                .status());

        serving.interrupt();
        serving.join(30_000);
        assertFalse(serving.isAlive());
        assertEquals(0, status[0], out.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Rapportverk har stoppat webbservern."));
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress("127.0.0.1", Integer.parseInt(m.group(2))), 2000);
            throw new AssertionError("the server still listens after it was stopped");
        } catch (java.io.IOException expected) {
            // Stopped: nothing listens there any more.
        }
    }
}
