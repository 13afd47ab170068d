package com.portaldesk.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A STARTTLS front for GreenMail, which speaks only plain SMTP and SMTPS: it greets, offers STARTTLS, refuses
 * everything else until the client upgrades, then relays the encrypted session to GreenMail in plain text.
 * Loopback only, for tests.
 */
final class StartTlsFront implements AutoCloseable {
    private final ServerSocket listener;
    private final SSLContext tls;
    private final int backendPort;
    /** What clients sent inside TLS, to see how they signed in. */
    private final StringBuffer fromClients = new StringBuffer();

    StartTlsFront(SSLContext tls, int backendPort) throws IOException {
        this.tls = tls;
        this.backendPort = backendPort;
        this.listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "starttls-front");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread session = new Thread(() -> serve(client), "starttls-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            write(out, "220 localhost ESMTP test front\r\n");
            while (true) {
                String line = readLine(in);
                if (line == null) {
                    return;
                }
                String command = line.toUpperCase(Locale.ROOT);
                if (command.startsWith("EHLO")) {
                    write(out, "250-localhost\r\n250-STARTTLS\r\n250 8BITMIME\r\n");
                } else if (command.startsWith("STARTTLS")) {
                    write(out, "220 Ready to start TLS\r\n");
                    break;
                } else if (command.startsWith("QUIT")) {
                    write(out, "221 Bye\r\n");
                    return;
                } else {
                    write(out, "530 Must issue a STARTTLS command first\r\n");
                }
            }
            SSLSocket secure =
                    (SSLSocket) tls.getSocketFactory().createSocket(client, "localhost", client.getPort(), true);
            secure.setUseClientMode(false);
            secure.startHandshake();
            try (Socket backend = new Socket(InetAddress.getLoopbackAddress(), backendPort)) {
                readLine(backend.getInputStream()); // GreenMail's own greeting: the client was greeted already
                Thread up = pipe(secure.getInputStream(), backend.getOutputStream(), fromClients);
                pipe(backend.getInputStream(), secure.getOutputStream(), new StringBuffer())
                        .join();
                up.join(1000);
            }
        } catch (IOException | InterruptedException e) {
            // The client or the test ended the session; nothing to clean up beyond the sockets.
        }
    }

    /** The mechanism of each AUTH command clients sent after STARTTLS ("XOAUTH2", "PLAIN", ...). */
    List<String> authMechanisms() {
        return fromClients
                .toString()
                .lines()
                .filter(line -> line.toUpperCase(Locale.ROOT).startsWith("AUTH "))
                .map(line -> line.split(" ")[1])
                .toList();
    }

    private static Thread pipe(InputStream from, OutputStream to, StringBuffer seen) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[8192];
                    try {
                        for (int n; (n = from.read(buffer)) >= 0; ) {
                            seen.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
                            to.write(buffer, 0, n);
                            to.flush();
                        }
                    } catch (IOException e) {
                        // connection closed
                    }
                },
                "starttls-pipe");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Byte by byte, so no bytes of the TLS handshake are swallowed by a buffer. */
    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b; (b = in.read()) >= 0; ) {
            if (b == '\n') {
                return line.toString().strip();
            }
            line.append((char) b);
        }
        return line.length() == 0 ? null : line.toString();
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
