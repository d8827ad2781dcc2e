package nl.samenspraak.pool;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An unknown, expired or revoked link gets one friendly page that does not say which it was. */
@ControllerAdvice(basePackageClasses = PoolLinkAdvice.class)
class PoolLinkAdvice {

    static final String VIEW = "pool/link-unknown";

    @ExceptionHandler(PoolPages.LinkUnknownException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String linkUnknown() {
        return VIEW;
    }
}
