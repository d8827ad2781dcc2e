package nl.samenspraak.platform;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that happen before any controller was chosen (unknown path, wrong method) still
 * answer API clients with {@code application/problem+json}; pages get the error page.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemAwareErrorController extends BasicErrorController {

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    ProblemAwareErrorController(ErrorAttributes errorAttributes, WebProperties web, List<ErrorViewResolver> resolvers) {
        super(errorAttributes, web.getError() == null ? new ErrorProperties() : web.getError(), resolvers);
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (isApi(request)) {
            HttpStatus status = getStatus(request);
            response.setStatus(status.value());
            response.setContentType(PROBLEM.toString());
            response.setCharacterEncoding("UTF-8");
            try {
                response.getWriter().write(problemJson(status, request));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        }
        return super.errorHtml(request, response);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (!isApi(request)) {
            return super.error(request);
        }
        HttpStatus status = getStatus(request);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail(status));
        body.put("instance", path(request));
        return ResponseEntity.status(status).contentType(PROBLEM).body(body);
    }

    private static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }

    private static String path(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri == null ? "" : uri.toString();
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address. See /api/v1/openapi.json for the paths.";
            case METHOD_NOT_ALLOWED -> "This address does not accept this HTTP method. See /api/v1/openapi.json.";
            case BAD_REQUEST -> "The request could not be read.";
            default -> status.is5xxServerError() ? "Something went wrong on our side. Nothing was changed by this request."
                    : status.getReasonPhrase();
        };
    }

    private static String problemJson(HttpStatus status, HttpServletRequest request) {
        // Only fixed texts and a status number go in; the path is left out to need no JSON escaping here.
        return "{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail(status) + "\"}";
    }
}
