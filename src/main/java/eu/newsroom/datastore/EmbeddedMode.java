package eu.newsroom.datastore;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when neither a property nor SPRING_DATASOURCE_URL names a database server: embedded mode. */
public class EmbeddedMode implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !context.getEnvironment().containsProperty("spring.datasource.url");
    }
}
