package eu.newsroom.account;

import static org.assertj.core.api.Assertions.assertThat;

import eu.newsroom.support.HttpClientForTests.Http;
import eu.newsroom.support.NewsroomTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route of the application, for every kind of user, against a table of expected access kept
 * here. The routes come from Spring MVC's handler mappings (controllers, springdoc, actuator) plus
 * the endpoints no controller declares (sign-in, sign-out, static files), so a new route is checked
 * as soon as it exists, and one that no rule covers fails the test until a rule is added.
 * <p>
 * Each route and user is checked twice: the decision of the security filter chains themselves (the
 * authorisation filter of the chain that takes the request; every method, nothing executed), and real HTTP for reads
 * and for every write that must be refused (refused requests reach no controller, so they change
 * nothing). Writes that must be allowed are not sent: they would change data.
 */
@NewsroomTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAuthorisationTest {

    /** Who asks: nobody signed in, or a user with one of the roles. */
    enum Who {
        ANONYMOUS, JOURNALIST, ANALYST, EDITOR, CHIEF_EDITOR
    }

    /** Who may: the least a request needs. */
    enum Access {
        EVERYONE(Who.ANONYMOUS), SIGNED_IN(Who.JOURNALIST), ANALYST(Who.ANALYST), EDITOR(Who.EDITOR),
        CHIEF_EDITOR(Who.CHIEF_EDITOR);

        private final Who least;

        Access(Who least) {
            this.least = least;
        }

        boolean allows(Who who) {
            return who.ordinal() >= least.ordinal();
        }
    }

    /** Routes whose path is {@code prefix} or below it, for these methods. The longest prefix wins. */
    record Rule(String prefix, Set<String> methods, Access access) {

        boolean covers(Route route) {
            // "/" is the front page only, not a rule for everything
            return methods.contains(route.method()) && (route.pattern().equals(prefix)
                    || !prefix.equals("/") && route.pattern().startsWith(prefix + "/"));
        }
    }

    /** One method on one path pattern. */
    record Route(String method, String pattern) implements Comparable<Route> {

        /** A concrete path: every variable and wildcard replaced by a value that names nothing real. */
        String samplePath() {
            return pattern.replaceAll("\\{\\*?id(:[^}]*)?}", "999999")
                    .replaceAll("\\{[^}]+}", "no-such-item")
                    .replace("**", "x").replace("*", "x");
        }

        @Override
        public int compareTo(Route other) {
            return Comparator.comparing(Route::pattern).thenComparing(Route::method).compare(this, other);
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private static final Set<String> READ = Set.of("GET", "HEAD");
    private static final Set<String> WRITE = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> ANY = union(READ, WRITE);

    /**
     * The expected access to every route (docs/security.md explains it). When this test fails with
     * "no rule", add a rule here, and in SecurityConfiguration if the default (GET public, other
     * methods editors) is not what the route needs.
     */
    static final List<Rule> RULES = Stream.of(
            // the prefixes agreed across the team
            List.of(new Rule("/admin", ANY, Access.CHIEF_EDITOR),
                    new Rule("/editorial", ANY, Access.EDITOR),
                    new Rule("/account", ANY, Access.SIGNED_IN),
                    // an invitee is not signed in: the token in the link is the credential
                    new Rule("/account/invitation", ANY, Access.EVERYONE),
                    new Rule("/me", ANY, Access.SIGNED_IN),
                    // the signed links in alert mails: the signature is the credential (one-click unsubscribe, RFC 8058)
                    new Rule("/alerts", ANY, Access.EVERYONE),
                    // the demo mode's mailbox: a signed-in demo user's own mails
                    new Rule("/demo", ANY, Access.SIGNED_IN),
                    new Rule("/api", READ, Access.EVERYONE),
                    new Rule("/api", WRITE, Access.EDITOR),
                    // extending the ECB rate table changes euro values everywhere, as its page under /admin does
                    new Rule("/api/v1/reference-rates", WRITE, Access.CHIEF_EDITOR)),
            // signing in and out, errors, operations
            List.of(new Rule("/login", ANY, Access.EVERYONE),
                    new Rule("/logout", WRITE, Access.EVERYONE),
                    new Rule("/error", ANY, Access.EVERYONE),
                    new Rule("/actuator", ANY, Access.CHIEF_EDITOR),
                    new Rule("/actuator/health", READ, Access.EVERYONE),
                    new Rule("/actuator/info", READ, Access.EVERYONE)),
            // the public newsroom: read by everyone, written by editors
            Stream.of("/", "/briefings", "/statements", "/commitments", "/initiatives", "/actors", "/topics", "/search",
                            "/feeds", "/exports", "/sitemap.xml", "/robots.txt", "/css", "/api-docs", "/api-docs.yaml",
                            "/swagger-ui")
                    .flatMap(prefix -> Stream.of(new Rule(prefix, READ, Access.EVERYONE), new Rule(prefix, WRITE, Access.EDITOR)))
                    .toList())
            .flatMap(List::stream).toList();

    /** Endpoints that no handler mapping lists: the security filters' own, and static resources. */
    private static final List<Route> OTHER_ENDPOINTS = List.of(new Route("POST", "/login"), new Route("POST", "/logout"),
            new Route("GET", "/css/newsroom.css"), new Route("GET", "/swagger-ui/index.html"));

    private static final Map<Who, String> DEMO_USERS = Map.of(Who.JOURNALIST, "journalist@newsroom.example",
            Who.ANALYST, "analyst@newsroom.example", Who.EDITOR, "editor@newsroom.example",
            Who.CHIEF_EDITOR, "chief@newsroom.example");

    @Autowired
    ApplicationContext context;

    @Autowired
    Http http;

    @Autowired
    FilterChainProxy securityFilters;

    private final Map<Who, WebSession> browsers = new EnumMap<>(Who.class);
    private final HttpClient api = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void signInOnceAsEachRole() {
        browsers.put(Who.ANONYMOUS, new WebSession(http.base()));
        DEMO_USERS.forEach((who, user) -> browsers.put(who, new WebSession(http.base()).signedIn(user, Http.DEMO_PASSWORD)));
    }

    private Set<Route> routes() {
        Set<Route> routes = new TreeSet<>(OTHER_ENDPOINTS);
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                // a mapping without methods answers them all: check a read and a write
                Set<String> names = methods.isEmpty() ? Set.of("GET", "POST")
                        : methods.stream().map(RequestMethod::name).filter(ANY::contains).collect(java.util.stream.Collectors.toSet());
                for (String pattern : info.getPatternValues()) {
                    names.forEach(method -> routes.add(new Route(method, pattern)));
                }
            }
        }
        return routes;
    }

    static Optional<Rule> ruleFor(Route route) {
        return RULES.stream().filter(rule -> rule.covers(route)).max(Comparator.comparingInt(rule -> rule.prefix().length()));
    }

    @Test
    void theRoutesAreFoundFromTheApplicationItself() {
        assertThat(routes()).contains(new Route("GET", "/admin/accounts"), new Route("POST", "/admin/accounts/{id}/lock"),
                new Route("GET", "/account/invitation/{token}"), new Route("POST", "/api/v1/import"),
                new Route("GET", "/briefings/{slug}"), new Route("GET", "/actuator/health"), new Route("POST", "/logout"));
    }

    @Test
    void aNewRouteFallsUnderItsPrefixOrHasNoRuleAtAll() {
        assertThat(ruleFor(new Route("POST", "/editorial/briefings/{slug}/publish"))).map(Rule::access).hasValue(Access.EDITOR);
        assertThat(ruleFor(new Route("DELETE", "/me/alerts/{id}"))).map(Rule::access).hasValue(Access.SIGNED_IN);
        assertThat(ruleFor(new Route("POST", "/api/v1/extract"))).map(Rule::access).hasValue(Access.EDITOR);
        assertThat(ruleFor(new Route("GET", "/admin/audit"))).map(Rule::access).hasValue(Access.CHIEF_EDITOR);
        assertThat(ruleFor(new Route("GET", "/a-new-page"))).isEmpty();
        assertThat(ruleFor(new Route("GET", "/briefingsarchive"))).isEmpty();
    }

    @Test
    void everyRouteHasARule() {
        List<String> missing = routes().stream().filter(route -> ruleFor(route).isEmpty())
                .map(route -> "no rule for " + route + ": add one to RouteAuthorisationTest.RULES (and to"
                        + " SecurityConfiguration unless the default, GET public and other methods editors, fits)")
                .toList();
        assertThat(missing).as("routes without an access rule").isEmpty();
    }

    @Test
    void everyRouteAnswersEveryRoleAsTheTableSays() {
        List<String> wrong = new ArrayList<>();
        for (Route route : routes()) {
            Optional<Rule> rule = ruleFor(route);
            if (rule.isEmpty()) {
                continue; // reported by everyRouteHasARule
            }
            for (Who who : Who.values()) {
                boolean expected = rule.get().access().allows(who);
                boolean decided = decision(route, who);
                if (decided != expected) {
                    wrong.add(route + " for " + who + ": the security chains " + (decided ? "allow" : "refuse")
                            + " it, the table says " + rule.get().access());
                }
                if (READ.contains(route.method()) || !expected) {
                    HttpResponse<String> answer = send(who, route);
                    if (refused(answer) == expected) {
                        wrong.add(route + " for " + who + ": answered " + answer.statusCode() + " "
                                + answer.headers().firstValue("Location").orElse("") + ", the table says " + rule.get().access());
                    }
                }
            }
        }
        assertThat(wrong).as("routes answering against the table").isEmpty();
    }

    /** What the authorisation filter of the chain that takes this request decides, for this user. */
    private boolean decision(Route route, Who who) {
        MockHttpServletRequest request = new MockHttpServletRequest(route.method(), route.samplePath());
        SecurityFilterChain chain = securityFilters.getFilterChains().stream().filter(c -> c.matches(request))
                .findFirst().orElseThrow(() -> new AssertionError("no security filter chain takes " + route));
        AuthorizationFilter authorisation = chain.getFilters().stream().filter(AuthorizationFilter.class::isInstance)
                .map(AuthorizationFilter.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("the chain that takes " + route + " authorises nothing"));
        return authorisation.getAuthorizationManager().authorize(() -> authentication(who), request).isGranted();
    }

    private static Authentication authentication(Who who) {
        if (who == Who.ANONYMOUS) {
            return new AnonymousAuthenticationToken("test", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        }
        return UsernamePasswordAuthenticationToken.authenticated(DEMO_USERS.get(who), null,
                AuthorityUtils.createAuthorityList(Role.valueOf(who.name()).authority()));
    }

    /** Pages with the role's session and CSRF token; the stateless API with the role's Basic credentials. */
    private HttpResponse<String> send(Who who, Route route) {
        if (!route.pattern().startsWith("/api/")) {
            return browsers.get(who).send(route.method(), route.samplePath());
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base() + route.samplePath()))
                .header("Accept", "application/json").method(route.method(), HttpRequest.BodyPublishers.noBody());
        if (who != Who.ANONYMOUS) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (DEMO_USERS.get(who) + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return api.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(route + " for " + who, e);
        }
    }

    /** Refused: asked to sign in (401, or a redirect to the sign-in page), or forbidden (403). */
    private static boolean refused(HttpResponse<String> answer) {
        return answer.statusCode() == 401 || answer.statusCode() == 403
                || answer.statusCode() == 302 && answer.headers().firstValue("Location").orElse("").endsWith("/login");
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
