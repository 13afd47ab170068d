package com.portaldesk.delivery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A plain SMTP server on loopback that greets, says hello, and answers MAIL FROM with one fixed reply (such as
 * "530 5.7.0 Authentication required"), as real servers do; GreenMail cannot be made to give these replies.
 */
public final class RefusingSmtpServer implements AutoCloseable {
    private final ServerSocket listener;
    private final String mailFromReply;
    /** The answer to AUTH, for a server that offers sign-in and refuses it ("535 5.7.3 …"); null offers none. */
    private final String authReply;

    public RefusingSmtpServer(String mailFromReply) throws IOException {
        this(mailFromReply, null);
    }

    public RefusingSmtpServer(String mailFromReply, String authReply) throws IOException {
        this.mailFromReply = mailFromReply;
        this.authReply = authReply;
        this.listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "refusing-smtp");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try (Socket client = listener.accept()) {
                serve(client);
            } catch (IOException e) {
                // closed by the test, or the client hung up
            }
        }
    }

    private void serve(Socket client) throws IOException {
        BufferedReader in =
                new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = client.getOutputStream();
        write(out, "220 localhost ESMTP refusing test server");
        for (String line; (line = in.readLine()) != null; ) {
            String command = line.toUpperCase(Locale.ROOT);
            if (command.startsWith("EHLO") && authReply != null) {
                write(out, "250-localhost");
                write(out, "250 AUTH LOGIN PLAIN XOAUTH2");
            } else if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                write(out, "250 localhost");
            } else if (command.startsWith("AUTH") && authReply != null) {
                write(out, authReply);
            } else if (command.startsWith("MAIL FROM")) {
                write(out, mailFromReply);
            } else if (command.startsWith("QUIT")) {
                write(out, "221 Bye");
                return;
            } else {
                write(out, "250 OK");
            }
        }
    }

    private static void write(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
