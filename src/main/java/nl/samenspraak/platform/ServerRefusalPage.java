package nl.samenspraak.platform;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The page for a request Tomcat refuses before the application sees it: a path with broken
 * percent-escapes ({@code /%zz}), a bad Host header. Tomcat's own page is short English with
 * "HTTP Status 400"; a resident who followed a mangled link should read in plain Dutch (and
 * English) that nothing was stored and how to go on, like on every other error page.
 *
 * <p>Spring's error page cannot be used here: no servlet, filter or message source has run for
 * such a request. The words therefore come straight from the platform's message bundles.
 */
public class ServerRefusalPage extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        // Without fallback: on a server whose default locale is English, "nl" would otherwise find the English file.
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        ResourceBundle dutch = ResourceBundle.getBundle("i18n/platform", Locale.ROOT, exact);
        ResourceBundle english = ResourceBundle.getBundle("i18n/platform", Locale.ENGLISH, exact);
        String kind = status == 404 ? "notFound" : status == 400 ? "badRequest" : null;
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding("UTF-8");
            Writer out = response.getReporter();
            if (out == null) {
                return;
            }
            out.write("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
                    + text(dutch, kind, "title") + "</title></head><body><main>"
                    + section(dutch, kind, "h1") + "<div lang=\"en\">" + section(english, kind, "h2") + "</div>"
                    + "</main></body></html>");
        } catch (IOException | IllegalStateException e) {
            // The client has gone or the answer is already on its way: nothing more to say.
        }
    }

    private static String section(ResourceBundle words, String kind, String heading) {
        return "<" + heading + ">" + text(words, kind, "title") + "</" + heading + "><p>" + text(words, kind, "text") + "</p><p><a href=\"/\">"
                + HtmlUtils.htmlEscape(words.getString("error.home")) + "</a></p>";
    }

    private static String text(ResourceBundle words, String kind, String part) {
        return HtmlUtils.htmlEscape(words.getString(kind == null ? "error." + part : "error." + kind + "." + part));
    }

    /** Puts this page in place of Tomcat's own for the embedded server. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ServerRefusalPage.class.getName());
                }
            });
        }
    }
}
