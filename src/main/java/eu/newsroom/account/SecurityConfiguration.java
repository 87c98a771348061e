package eu.newsroom.account;

import eu.newsroom.web.PublicLinks;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Who may do what, by route prefix (agreed across the team, see docs/security.md):
 * <ul>
 * <li>{@code /admin/**}: chief editors; {@code /editorial/**}: editors and above;</li>
 * <li>{@code /account/**}, {@code /me/**} and {@code /demo/**} (the demo mode's mailbox): anyone signed in,
 * except the invitation links under {@code /account/invitation/**}, whose token is the credential;</li>
 * <li>{@code /alerts/**}: anyone, any method, no CSRF token: the signed links in alert mails (one-click unsubscribe
 * by a mail program, RFC 8058; confirming the address), whose signature is the credential;</li>
 * <li>{@code /api/**}: stateless HTTP Basic (no cookie, so no CSRF token), GET public, other methods editors
 * (uploading reference rates: chief editors); writes from another site's page, or with a content type a form can
 * send, are refused ({@link CrossSiteApiWrites});</li>
 * <li>everything else: GET public, other methods editors.</li>
 * </ul>
 * The pages use a session kept in PostgreSQL (Spring Session JDBC), form login and CSRF tokens.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";
    private static final String ARGON2 = "argon2";

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id at OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane) for new hashes; it takes
        // the policy's 128 characters, where bcrypt stops at 72 bytes. Hashes made with bcrypt by earlier
        // releases still verify, and are rehashed at the next sign-in (AccountUserDetailsService).
        Map<String, PasswordEncoder> encoders = Map.of(
                ARGON2, new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2),
                "bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(ARGON2, encoders);
    }

    /**
     * Sign-in against the stored accounts, form and Basic alike. Every failed password costs one hash check whatever
     * the account's state (issue 19 finding 7): an unknown name is checked against Spring Security's own dummy hash,
     * an invited account against a real one (AccountUserDetailsService), and a locked or not yet activated account
     * still has its password checked before the state refuses it. The answer's time then says nothing of the state.
     */
    @Bean
    DaoAuthenticationProvider accountAuthentication(AccountUserDetailsService accounts, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        provider.setUserDetailsPasswordService(accounts);
        provider.setAlwaysPerformAdditionalChecksOnUser(true);
        return provider;
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy("""
                ROLE_CHIEF_EDITOR > ROLE_EDITOR
                ROLE_EDITOR > ROLE_ANALYST
                ROLE_ANALYST > ROLE_JOURNALIST
                """);
    }

    @Bean
    LoginThrottle loginThrottle(LoginThrottleProperties limits, Clock clock, SignInAddresses addresses) {
        return new LoginThrottle(limits, clock, addresses);
    }

    /** The idle time-out: Spring Session ends a session with no request for this long (Boot's own setting runs first). */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> idleSessionTimeout(SessionTimeoutProperties timeouts) {
        return repository -> repository.setDefaultMaxInactiveInterval(timeouts.idleTimeout());
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, LoginThrottle throttle, MessageSource messages, PublicLinks links,
            LocaleResolver locales) throws Exception {
        http.securityMatcher("/api/**")
                // a write from another site's page is refused before its credentials are even read (or counted)
                .addFilterBefore(new CrossSiteApiWrites(links, messages, locales), BasicAuthenticationFilter.class)
                .addFilterBefore(new LoginThrottleFilter(throttle, messages), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                        // extending the ECB rate table changes euro values everywhere: as its page, chief editors only
                        .requestMatchers("/api/v1/reference-rates").hasRole(Role.CHIEF_EDITOR.name())
                        .anyRequest().hasRole(Role.EDITOR.name()))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no session cookie is issued or read here, so there is nothing for CSRF to forge
                .csrf(csrf -> csrf.disable())
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, LoginThrottle throttle, MessageSource messages,
            SessionTimeoutProperties timeouts, Clock clock) throws Exception {
        http.addFilterBefore(new LoginThrottleFilter(throttle, messages), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AbsoluteSessionTimeout(timeouts, clock), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth
                        // error pages render whatever went wrong, for any method
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.CHIEF_EDITOR.name())
                        .requestMatchers("/admin/**").hasRole(Role.CHIEF_EDITOR.name())
                        .requestMatchers("/editorial/**").hasRole(Role.EDITOR.name())
                        // an invitee has no password yet: the one-time token in the link is the credential
                        .requestMatchers("/account/invitation/**").permitAll()
                        // the signed links in alert mails (unsubscribe, confirm the address): the signature is the credential
                        .requestMatchers("/alerts/**").permitAll()
                        .requestMatchers("/account/**", "/me/**", "/demo/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/login", "/logout").permitAll()
                        .anyRequest().hasRole(Role.EDITOR.name()))
                // a mail program's one-click unsubscribe (RFC 8058) has no session and no CSRF token to send
                .csrf(csrf -> csrf.ignoringRequestMatchers("/alerts/**"))
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                // a new session at sign-in (attributes carried over): the id changes, against session fixation,
                // and the session's age, which the absolute time-out measures, starts at sign-in
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.migrateSession()))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    /** The headers Spring Security does not write by default; its own (nosniff, frame options, HSTS on HTTPS, no-cache) stay. */
    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()"));
    }
}
