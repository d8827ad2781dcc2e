package nl.samenspraak.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Duration;
import nl.samenspraak.language.PlainLanguage;
import nl.samenspraak.platform.ClientNetwork;
import nl.samenspraak.platform.RateLimiter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Keeps the open language check cheap to offer: every request counts against its client network's limit before
 * anything else happens, and a body larger than the largest allowed text could ever be is refused without reading it
 * (by its Content-Length), or as soon as that many bytes have come in (a chunked body has no Content-Length).
 */
@Configuration(proxyBeanMethods = false)
class LanguageCheckGuard implements WebMvcConfigurer {

    static final int DEFAULT_CHECKS_PER_MINUTE = 30;
    static final Duration WINDOW = Duration.ofMinutes(1);
    /**
     * The largest body a text of {@link PlainLanguage#MAX_CHARACTERS} characters can need: each character written as
     * a six-byte JSON escape (backslash-u and four hex digits), plus room for the rest of the object.
     */
    static final int MAX_BODY_BYTES = PlainLanguage.MAX_CHARACTERS * 6 + 8 * 1024;

    private final RateLimiter limiter;
    private final int checksPerWindow;

    LanguageCheckGuard(RateLimiter limiter,
                       @Value("${samenspraak.rate-limit.language-checks-per-minute:" + DEFAULT_CHECKS_PER_MINUTE + "}")
                       int checksPerWindow) {
        this.limiter = limiter;
        this.checksPerWindow = checksPerWindow;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (!limiter.tryAcquire("language-check:" + ClientNetwork.key(request), checksPerWindow, WINDOW)) {
                    throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "Too many texts checked from your network. "
                            + "Try again after the number of seconds in the Retry-After header.", WINDOW);
                }
                if (request.getContentLengthLong() > MAX_BODY_BYTES) {
                    throw tooLarge();
                }
                return true;
            }
        }).addPathPatterns(LanguageCheckController.PATH);
    }

    static ApiProblem tooLarge() {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "The request body is too large: send a text of at most "
                + PlainLanguage.MAX_CHARACTERS + " characters (a body of at most " + MAX_BODY_BYTES + " bytes).");
    }

    /** Reads at most {@link #MAX_BODY_BYTES} (plus one, to notice more) before JSON parsing starts. */
    @ControllerAdvice(assignableTypes = LanguageCheckController.class)
    static class BoundedBody extends RequestBodyAdviceAdapter {

        @Override
        public boolean supports(MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
            return true;
        }

        @Override
        public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                               Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
            return ApiBodyLimit.readAtMost(input, MAX_BODY_BYTES, LanguageCheckGuard::tooLarge);
        }
    }
}
