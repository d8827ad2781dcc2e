package nl.samenspraak.api.internal;

import org.springframework.http.HttpStatus;

/** A refusal the API explains itself, with a status and an English detail for the developer. */
class ApiProblem extends RuntimeException {

    private final HttpStatus status;

    ApiProblem(HttpStatus status, String detail) {
        super(detail, null, false, false);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
