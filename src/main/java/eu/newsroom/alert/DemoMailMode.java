package eu.newsroom.alert;

import eu.newsroom.datastore.EmbeddedMode;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The embedded demo mode with no SMTP server configured ({@code spring.mail.host}): mails go to the demo mailbox. */
class DemoMailMode extends EmbeddedMode {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return super.matches(context, metadata) && !context.getEnvironment().containsProperty("spring.mail.host");
    }
}
