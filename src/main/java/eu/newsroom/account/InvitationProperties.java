package eu.newsroom.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How long an invitation link stays usable after the chief editor creates it. */
@ConfigurationProperties("newsroom.security.invitation")
public record InvitationProperties(@DefaultValue("72h") Duration validity) {
}
