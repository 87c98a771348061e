package eu.newsroom.web;

import eu.newsroom.shared.ActingUser;
import org.springdoc.core.utils.SpringDocUtils;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title, version and description, and one tag per resource of the API
 * (briefings, statements, search…) instead of one per controller class ("read-api-controller"):
 * each operation is tagged by the first segment of its path, whichever module answers it.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String PREFIX = "/api/v1/";

    static {
        // the acting user comes from the sign-in (ActingUserArgument), not from a parameter the client sends
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(ActingUser.class);
    }

    /** What each resource is, for the tag's description; a resource not listed gets its tag without one. */
    private static final Map<String, String> RESOURCES = Map.ofEntries(
            Map.entry("briefings", "Published briefings, each language version with its statements and commitments"),
            Map.entry("statements", "What was said, by whom, in which role, quote or paraphrase"),
            Map.entry("commitments", "Support pledged or delivered, with amounts, euro values and history"),
            Map.entry("initiatives", "Projects, missions, coalitions and instruments, with their timelines"),
            Map.entry("actors", "People, institutions and states, with their roles"),
            Map.entry("topics", "The multilingual thesaurus used for tagging and cross-language search"),
            Map.entry("search", "Full-text search across languages, with facets and suggestions"),
            Map.entry("import", "Loading briefings as NDJSON (editors)"),
            Map.entry("extract", "The import assistant: statements, amounts and names found in a press text (editors)"),
            Map.entry("reference-rates", "The ECB euro reference rates the newsroom converts amounts with"));

    @Bean
    OpenAPI newsroomApi() {
        return new OpenAPI().info(new Info().title("EU Defence Newsroom API").version("v1")
                .description("Read access to the newsroom's briefings, statements, commitments, initiatives, actors "
                        + "and topics, search, and the editors' import. Every list answers the same envelope: "
                        + "items, page (from 0), size, total and totalPages. Names and labels follow Accept-Language; "
                        + "texts keep their original language. See docs/api.md."));
    }

    @Bean
    GlobalOpenApiCustomizer tagsByResource() {
        return api -> {
            Map<String, Tag> tags = new TreeMap<>();
            if (api.getPaths() != null) {
                api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                    String resource = resource(path);
                    tags.computeIfAbsent(resource, r -> new Tag().name(name(r)).description(RESOURCES.get(r)));
                    retag(operation, name(resource));
                }));
            }
            api.setTags(new ArrayList<>(tags.values()));
        };
    }

    private static void retag(Operation operation, String tag) {
        operation.setTags(new ArrayList<>(List.of(tag)));
    }

    /** "/api/v1/reference-rates/{date}" is "reference-rates". */
    static String resource(String path) {
        String rest = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path.replaceFirst("^/", "");
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** "reference-rates" is "Reference rates". */
    static String name(String resource) {
        String words = resource.replace('-', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
