package eu.newsroom.alert;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The embedded demo mode's SMTP server (GreenMail, in the JVM, on the loopback address only): alert mails are
 * really sent over SMTP and land here, where /demo/mailbox shows each signed-in demo user theirs. It keeps mails
 * in memory; a restart empties it. Its port is {@code newsroom.alerts.demo-smtp-port}, a free one when 0.
 */
@Component
@Conditional(DemoMailMode.class)
public class DemoMailbox implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DemoMailbox.class);

    private final int port;
    private GreenMail server;

    DemoMailbox(@Value("${newsroom.alerts.demo-smtp-port:0}") int port) {
        this.port = port == 0 ? freePort() : port;
        start();
        log.info("Demo mode: alert mails go to the SMTP server in this JVM on 127.0.0.1:{}; read them at /demo/mailbox",
                this.port);
    }

    public int port() {
        return port;
    }

    /** Starts the server (again, on the same port). */
    public synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Stops the server: mails wait in the outbox until it is back (how the tests make an outage). */
    public synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Everything received since the start, oldest first. */
    public synchronized List<MimeMessage> received() {
        return server == null ? List.of() : Arrays.asList(server.getReceivedMessages());
    }

    /** Forgets every mail received. */
    public synchronized void empty() {
        if (server != null) {
            try {
                server.purgeEmailFromAllMailboxes();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void destroy() {
        stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
