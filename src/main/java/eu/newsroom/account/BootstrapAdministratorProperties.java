package eu.newsroom.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first chief editor of a server deployment, from the environment
 * (NEWSROOM_BOOTSTRAP_ADMIN_USERNAME and NEWSROOM_BOOTSTRAP_ADMIN_PASSWORD); unset means none.
 */
@ConfigurationProperties("newsroom.bootstrap-admin")
public record BootstrapAdministratorProperties(String username, String password) {
}
