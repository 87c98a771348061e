package eu.newsroom.portal;

import eu.newsroom.statement.StatementFilter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The statement filters as a request carries them ({@code ?speaker=&role=&topic=&from=&to=&lang=}), bound
 * the same way by the explorer page, the JSON API and the exports; {@link #filter()} checks them.
 */
record StatementQuery(String speaker, String role, String topic, LocalDate from, LocalDate to, String lang) {

    StatementFilter filter() {
        return StatementParams.filter(speaker, role, topic, from, to, lang);
    }

    /** The query string of a filter ("?speaker=kaja-kallas&lang=de"), with one filter changed (null removes it). */
    static String queryString(StatementFilter filter, String name, String value) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("speaker", filter.speaker());
        values.put("role", filter.role());
        values.put("topic", filter.topic());
        values.put("from", filter.from());
        values.put("to", filter.to());
        values.put("lang", filter.lang());
        if (name != null) {
            values.put(name, value);
        }
        var uri = UriComponentsBuilder.newInstance();
        Map<String, Object> present = new LinkedHashMap<>();
        values.forEach((key, v) -> {
            if (v != null) {
                uri.queryParam(key, "{" + key + "}");
                present.put(key, v.toString());
            }
        });
        return uri.encode().buildAndExpand(present).toUriString();
    }
}
