package eu.newsroom.web;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Every error a reader can cause ends in the newsroom's own answer (docs/reliability.md): Boot's error page and
 * JSON with {@link ReaderErrorAttributes}, JSON for the API whatever the browser asked for, Spring Security's
 * firewall refusals through the same page, and {@link ServerErrorPage} for what Tomcat refuses itself.
 */
@Configuration(proxyBeanMethods = false)
class ErrorHandling {

    @Bean
    BasicErrorController errorController(ErrorAttributes attributes, WebProperties web,
            ObjectProvider<ErrorViewResolver> resolvers) {
        return new ApiAwareErrorController(attributes, web.getError(), resolvers.orderedStream().toList());
    }

    /**
     * An address the firewall refuses (an encoded slash or percent, {@code //}, a semicolon): 400 with a sentence
     * saying so, rendered as the error page; without this the firewall answers a bare 400.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(MessageSource messages, LocaleResolver locales) {
        return (request, response, rejected) -> ErrorAnswer.send(request, response, 400,
                messages.getMessage("error.rejectedAddress", null, locales.resolveLocale(request)));
    }

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> serverErrorPage(MessageSource messages) {
        return new ServerErrorPageInstaller(messages);
    }

    /**
     * Replaces the ErrorReportValve Boot puts on Tomcat's host with {@link ServerErrorPage}. Ordered last, so that
     * Boot's own customizer (which adds its valve) has run; the host is told the valve's class so that it does not
     * add a default one of its own when it starts.
     */
    private record ServerErrorPageInstaller(MessageSource messages)
            implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                Pipeline pipeline = host.getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new ServerErrorPage(messages, WebConfiguration.LOCALE_COOKIE));
                host.setErrorReportValveClass(ServerErrorPage.class.getName());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
