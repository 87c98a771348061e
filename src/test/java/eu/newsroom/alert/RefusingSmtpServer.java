package eu.newsroom.alert;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHostManager;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real SMTP server in the JVM (GreenMail) that answers chosen recipients as a mail server refusing them does: with
 * its answer to RCPT TO (a 550 "no such mailbox", or a temporary 450) or at the end of DATA (a 554). Tests start it
 * on the demo mailbox's port while that is stopped, so the application's mail sender speaks to it unchanged.
 */
final class RefusingSmtpServer extends GreenMail {

    private final Map<String, String> atRecipient = new ConcurrentHashMap<>();
    private final Map<String, String> atData = new ConcurrentHashMap<>();

    RefusingSmtpServer(int port) {
        super(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** Answers RCPT TO for this address with {@code answer} (say "550 5.1.1 no such mailbox"). */
    RefusingSmtpServer refuseRecipient(String address, String answer) {
        atRecipient.put(address, answer);
        return this;
    }

    /** Takes the recipient, then answers the end of the mail's DATA with {@code answer} (say "554 ..."). */
    RefusingSmtpServer refuseData(String address, String answer) {
        atData.put(address, answer);
        return this;
    }

    // GreenMail builds its services in its constructor too, before this class's fields are set: the refusals are
    // read when a command arrives, never here
    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        SmtpManager refusing = new SmtpManager(managers.getImapHostManager(), managers.getUserManager()) {
            @Override
            public String checkRecipient(SmtpState state, MailAddress recipient) {
                return atRecipient.get(recipient.getEmail());
            }

            @Override
            public String checkData(SmtpState state) {
                return state.getMessage().getToAddresses().stream().map(to -> atData.get(to.getEmail()))
                        .filter(answer -> answer != null).findFirst().orElse(null);
            }
        };
        return super.createServices(config, new Managers() {
            @Override
            public SmtpManager getSmtpManager() {
                return refusing;
            }

            @Override
            public UserManager getUserManager() {
                return managers.getUserManager();
            }

            @Override
            public ImapHostManager getImapHostManager() {
                return managers.getImapHostManager();
            }
        });
    }
}
