package nl.samenspraak.api.internal;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.samenspraak.account.ForbiddenException;
import nl.samenspraak.feedback.InvalidDecisionException;
import nl.samenspraak.input.InvalidInputException;
import nl.samenspraak.platform.NotFoundException;
import nl.samenspraak.platform.TooManyRequestsException;
import nl.samenspraak.process.Processes.InvalidProcessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error of the API as {@code application/problem+json} with a readable English
 * {@code detail}; invalid fields also in {@code errors}. Only for the API's controllers,
 * so the pages keep their own error handling.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    record FieldProblem(String field, String message) {}

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound() {
        return problem(HttpStatus.NOT_FOUND, "There is no such object in the collaboration of your token.", null);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Object> forbidden() {
        return problem(HttpStatus.FORBIDDEN, "Your role in this collaboration does not allow this.", null);
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<Object> tooMany() {
        return problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests. Try again in a few minutes.", null);
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> refused(ApiProblem e) {
        ResponseEntity<Object> problem = problem(e.status(), e.getMessage(), null);
        if (e.retryAfter() == null) {
            return problem;
        }
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds())).body(problem.getBody());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e) {
        return ruleBroken(e.field(), e.messageKey());
    }

    @ExceptionHandler(InvalidDecisionException.class)
    ResponseEntity<Object> invalidDecision(InvalidDecisionException e) {
        return ruleBroken(e.field(), e.messageKey());
    }

    @ExceptionHandler(InvalidProcessException.class)
    ResponseEntity<Object> invalidProcess(InvalidProcessException e) {
        return ruleBroken(e.field(), e.messageKey());
    }

    /** Still problem+json when something unforeseen breaks, without leaking internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        LOG.error("API request failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Try again later.", null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), validationMessage(error)))
                .toList();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Some fields are not valid: "
                + errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")) + ".", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, "A parameter of the request is not valid.", null);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        // A value Jackson hands to another parser (a date to java.time) fails deepest in that parser: the
        // Jackson exception that knows the field sits higher in the chain.
        for (Throwable t = ex.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof MismatchedInputException) {
                cause = t;
                break;
            }
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch);
            String message = expected(mismatch);
            return problem(HttpStatus.BAD_REQUEST, "Field '" + field + "' " + message + ".",
                    List.of(new FieldProblem(field, message)));
        }
        if (cause instanceof JacksonException && ex.getMessage() != null && ex.getMessage().contains("No content")) {
            return problem(HttpStatus.BAD_REQUEST, "The request body is missing. Send a JSON object.", null);
        }
        if (cause instanceof JacksonException) {
            return problem(HttpStatus.BAD_REQUEST, "The request body is not a valid JSON object of the expected form.", null);
        }
        return problem(HttpStatus.BAD_REQUEST, "The request body is missing or cannot be read. Send a JSON object.", null);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        String message = type == java.util.UUID.class ? "must be a UUID such as 3f2b6c1e-8d4a-4b7e-9c1f-2a5d8e7b6c4a"
                : type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class)
                ? "must be a whole number" : type == Boolean.class || type == boolean.class ? "must be true or false"
                : "has the wrong form";
        return problem(HttpStatus.BAD_REQUEST, "'" + name + "' " + message + ".", List.of(new FieldProblem(name, message)));
    }

    /** Keeps Spring's own problems (405, 415, ...) but always as problem+json. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.addAll(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return super.handleExceptionInternal(ex, body, problemHeaders, statusCode, request);
    }

    private ResponseEntity<Object> ruleBroken(String field, String messageKey) {
        String message = english(messageKey);
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, message, List.of(new FieldProblem(field, message)));
    }

    /** The module's own English text, else the API's fallback text, else the key itself. */
    private String english(String key) {
        String text = messages.getMessage(key, null, null, Locale.ENGLISH);
        if (text == null) {
            text = messages.getMessage("api." + key, null, key, Locale.ENGLISH);
        }
        return text;
    }

    private String validationMessage(FieldError error) {
        String code = error.getCode() == null ? "Invalid" : error.getCode();
        Object[] arguments = error.getArguments() == null ? new Object[0]
                : Arrays.copyOfRange(error.getArguments(), Math.min(1, error.getArguments().length), error.getArguments().length);
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {"api.validation." + code,
                "api.validation.Invalid"}, arguments, "is not valid"), Locale.ENGLISH);
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String expected(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        if (type != null && type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == java.time.LocalDate.class) {
            return "must be a date such as 2026-03-31";
        }
        if (type == java.util.UUID.class) {
            return "must be a UUID";
        }
        if (type != null && (Number.class.isAssignableFrom(type) || type == int.class || type == long.class)) {
            return "must be a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a text";
        }
        if (type != null && (java.util.Collection.class.isAssignableFrom(type) || type.isArray())) {
            return "must be a list";
        }
        return e instanceof InvalidFormatException ? "has the wrong form" : "has the wrong type";
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        if (errors != null) {
            problem.setProperties(Map.of("errors", errors));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
