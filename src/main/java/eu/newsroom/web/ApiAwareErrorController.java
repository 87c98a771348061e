package eu.newsroom.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * Boot's error controller, except that a failed request of the JSON API is answered as JSON even when a browser
 * asked for HTML: a script reading /api gets the same shape whoever sent the request, and an HTML page there
 * would be a second answer format to document.
 */
class ApiAwareErrorController extends BasicErrorController {

    ApiAwareErrorController(ErrorAttributes attributes, ErrorProperties properties, List<ErrorViewResolver> resolvers) {
        super(attributes, properties, resolvers);
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (!RequestPath.isApi(request)) {
            return super.errorHtml(request, response);
        }
        ResponseEntity<Map<String, Object>> error = error(request);
        response.setStatus(error.getStatusCode().value());
        return new ModelAndView(new JacksonJsonView(), error.getBody() == null ? Map.of() : error.getBody());
    }
}
