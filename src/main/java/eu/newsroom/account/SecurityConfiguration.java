package eu.newsroom.account;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may do what. Reading is public; writing needs an editor. The JSON API is stateless
 * (HTTP Basic, no cookie, so no CSRF token); the pages use a session, form login and CSRF.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, and able to verify hashes of other algorithms when we move on
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
    LoginThrottle loginThrottle(LoginThrottleProperties limits, Clock clock) {
        return new LoginThrottle(limits, clock);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, LoginThrottle throttle, MessageSource messages) throws Exception {
        http.securityMatcher("/api/**")
                .addFilterBefore(new LoginThrottleFilter(throttle, messages), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .anyRequest().hasRole(Role.EDITOR.name()))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no session cookie is issued or read here, so there is nothing for CSRF to forge
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, LoginThrottle throttle, MessageSource messages) throws Exception {
        http.addFilterBefore(new LoginThrottleFilter(throttle, messages), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        // error pages render whatever went wrong, for any method
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.CHIEF_EDITOR.name())
                        .requestMatchers("/admin/**").hasRole(Role.CHIEF_EDITOR.name())
                        .requestMatchers("/editorial/**").hasRole(Role.EDITOR.name())
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/login", "/logout").permitAll()
                        .anyRequest().hasRole(Role.EDITOR.name()))
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer
                                .policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions
                                .policy("camera=(), microphone=(), geolocation=(), payment=()")));
        return http.build();
    }
}
