package nl.samenspraak.api.internal;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** A refusal the API explains itself, with a status and an English detail for the developer. */
class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final Duration retryAfter;

    ApiProblem(HttpStatus status, String detail) {
        this(status, detail, null);
    }

    /** A refusal that passes: {@code retryAfter} becomes the Retry-After header. */
    ApiProblem(HttpStatus status, String detail, Duration retryAfter) {
        super(detail, null, false, false);
        this.status = status;
        this.retryAfter = retryAfter;
    }

    HttpStatus status() {
        return status;
    }

    /** How long the client should wait before it tries again, or null. */
    Duration retryAfter() {
        return retryAfter;
    }
}
