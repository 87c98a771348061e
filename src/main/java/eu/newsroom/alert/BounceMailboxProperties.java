package eu.newsroom.alert;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mailbox that receives the bounces of alert mails ({@code newsroom.alerts.bounce-mailbox.*}, named as
 * {@code spring.mail.*}): where the delivery status notifications for the sender address arrive. Unset
 * ({@code host} empty), no bounce is read. {@code properties} go to Jakarta Mail's session as they are
 * ({@code mail.imaps.ssl.trust} …).
 */
@ConfigurationProperties("newsroom.alerts.bounce-mailbox")
record BounceMailboxProperties(String host, Integer port, @DefaultValue("imaps") String protocol, String username,
        String password, @DefaultValue("INBOX") String folder, @DefaultValue("5m") Duration pollInterval,
        @DefaultValue Map<String, String> properties) {
}
