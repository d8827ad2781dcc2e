package nl.samenspraak.reimbursement.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a multipart form before the security filters do. The form token travels inside the
 * multipart body, so the CSRF check is the first to parse it; when a file is far too large that
 * parse fails and the servlet container would answer with its bare error page. Here the failure is
 * caught first and the person is sent to a plain page that explains it, with the way back.
 */
class UploadSizeFilter extends OncePerRequestFilter {

    static final String PAGE = "/bestand-te-groot";
    private static final Pattern SAFE_PATH = Pattern.compile("^/[A-Za-z0-9_-][A-Za-z0-9/_-]{0,300}$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if ("POST".equals(request.getMethod()) && type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            try {
                request.getParts();
            } catch (IllegalStateException | IOException | ServletException e) {
                if (!tooLarge(e)) {
                    // A body that is not a multipart form at all is the sender's mistake, not the server's.
                    response.sendError(HttpStatus.BAD_REQUEST.value());
                    return;
                }
                String path = request.getRequestURI().substring(request.getContextPath().length());
                response.setStatus(HttpStatus.SEE_OTHER.value());
                response.setHeader("Location", request.getContextPath() + PAGE + "?terug="
                        + URLEncoder.encode(safePath(path), StandardCharsets.UTF_8));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // Tomcat says "too large" for the form fields beside the files (its maxPostSize) only in words.
            if (t.getClass().getSimpleName().contains("SizeLimitExceeded")
                    || t.getClass().getSimpleName().contains("SizeException")
                    || (t instanceof IllegalStateException && t.getMessage() != null && t.getMessage().contains("maxPostSize"))) {
                return true;
            }
        }
        return false;
    }

    /** Only a plain path of this site goes back into a link. */
    static String safePath(String path) {
        return path != null && SAFE_PATH.matcher(path).matches() ? path : "/";
    }
}
