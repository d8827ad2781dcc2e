package nl.samenspraak.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.function.Supplier;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every JSON body of the API has a ceiling: the largest request a rule allows (a decision with its longest texts,
 * written as JSON escapes, and {@link nl.samenspraak.feedback.DecisionLimits#INPUTS} input ids) fits well within
 * it. A larger body answers 413 before it is parsed: by its Content-Length, or as soon as that many bytes have come
 * in (a chunked body has none). Nothing is stored then. The language check keeps its own, smaller ceiling.
 */
@Configuration(proxyBeanMethods = false)
class ApiBodyLimit implements WebMvcConfigurer {

    static final int MAX_BODY_BYTES = 1024 * 1024;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (request.getContentLengthLong() > MAX_BODY_BYTES) {
                    throw tooLarge();
                }
                return true;
            }
        }).addPathPatterns("/api/v1/**");
    }

    static ApiProblem tooLarge() {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large: send at most "
                + MAX_BODY_BYTES + " bytes. Every text field has its own, much smaller limit.");
    }

    /** Reads at most {@link #MAX_BODY_BYTES} (plus one, to notice more) before JSON parsing starts. */
    @ControllerAdvice(basePackageClasses = ApiBodyLimit.class)
    static class BoundedBody extends RequestBodyAdviceAdapter {

        @Override
        public boolean supports(MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
            return true;
        }

        @Override
        public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                               Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
            return readAtMost(input, MAX_BODY_BYTES, ApiBodyLimit::tooLarge);
        }
    }

    /**
     * The body, read into memory up to {@code maxBytes} (plus one, to notice more) before JSON parsing starts; a
     * longer one throws the problem {@code tooLarge} gives, so nothing is parsed or stored.
     */
    static HttpInputMessage readAtMost(HttpInputMessage input, int maxBytes, Supplier<ApiProblem> tooLarge)
            throws IOException {
        byte[] body = input.getBody().readNBytes(maxBytes + 1);
        if (body.length > maxBytes) {
            throw tooLarge.get();
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }
}
