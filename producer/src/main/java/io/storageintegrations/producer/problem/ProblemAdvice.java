package io.storageintegrations.producer.problem;

import io.storageintegrations.model.rules.FieldViolation;
import io.storageintegrations.producer.publishing.PublishFailedException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns every API error into an RFC 9457 problem detail ({@code application/problem+json}). */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
  static final String TYPE_PREFIX = "urn:storage-integrations:problem:";

  @ExceptionHandler(ApiException.class)
  ProblemDetail api(ApiException e) {
    return problem(e.status(), e.type(), e.title(), e.getMessage(), e.errors());
  }

  @ExceptionHandler(RateLimitedException.class)
  ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e) {
    return ResponseEntity.status(e.status())
        .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem(e.status(), e.type(), e.title(), e.getMessage(), e.errors()));
  }

  @ExceptionHandler(PublishFailedException.class)
  ProblemDetail unavailable(PublishFailedException e) {
    log.error(
        "publishing failed: {} ({})",
        e.getMessage(),
        e.getCause() == null ? "no cause" : e.getCause().toString());
    return problem(
        HttpStatus.SERVICE_UNAVAILABLE,
        "broker-unavailable",
        "Request not accepted",
        e.outcomeUnknown()
            ? "The broker did not confirm the request in time; it may or may not have been"
                + " accepted. Retry with the same Idempotency-Key: a retry completes it once."
            : "The request could not be handed to the broker; nothing was accepted. Retry later.",
        List.of());
  }

  @ExceptionHandler(IllegalStateException.class)
  ProblemDetail internal(IllegalStateException e) {
    log.error("request failed", e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal-error",
        "Internal error",
        "The request could not be completed; it may or may not have been accepted. Retry later.",
        List.of());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "invalid-fields",
        "Invalid fields",
        "parameter " + e.getName() + " has an invalid value",
        List.of(new FieldViolation(e.getName(), e.getName() + " has an invalid value")));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
      if (cause instanceof BodyTooLargeException tooLarge) {
        return ResponseEntity.status(tooLarge.status())
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .header(HttpHeaders.CONNECTION, "close")
            .body(
                problem(
                    tooLarge.status(),
                    tooLarge.type(),
                    tooLarge.title(),
                    tooLarge.getMessage(),
                    List.of()));
      }
    }
    String detail = JsonBodyErrors.describe(ex);
    ProblemDetail body =
        problem(
            HttpStatus.BAD_REQUEST,
            "invalid-body",
            "Request body not readable",
            detail,
            JsonBodyErrors.field(ex)
                .map(f -> List.of(new FieldViolation(f, detail)))
                .orElse(List.of()));
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
  }

  static ProblemDetail problem(
      HttpStatus status, String type, String title, String detail, List<FieldViolation> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(URI.create(TYPE_PREFIX + type));
    problem.setTitle(title);
    if (!errors.isEmpty()) {
      problem.setProperty(
          "errors",
          errors.stream().map(v -> Map.of("field", v.field(), "message", v.message())).toList());
    }
    return problem;
  }
}
