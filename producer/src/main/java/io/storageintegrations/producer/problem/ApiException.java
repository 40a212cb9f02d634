package io.storageintegrations.producer.problem;

import io.storageintegrations.model.rules.FieldViolation;
import java.util.List;
import org.springframework.http.HttpStatus;

/** An error the API answers as a problem detail: status, problem type, title and field errors. */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String type;
  private final String title;
  private final List<FieldViolation> errors;

  ApiException(
      HttpStatus status, String type, String title, String detail, List<FieldViolation> errors) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  public static ApiException invalidFields(List<FieldViolation> errors) {
    return new ApiException(
        HttpStatus.BAD_REQUEST,
        "invalid-fields",
        "Invalid fields",
        errors.size() == 1
            ? errors.get(0).message()
            : errors.size() + " fields are invalid; see errors",
        errors);
  }

  public static ApiException badRequest(String detail) {
    return new ApiException(
        HttpStatus.BAD_REQUEST, "bad-request", "Bad request", detail, List.of());
  }

  public static ApiException notFound(String detail) {
    return new ApiException(HttpStatus.NOT_FOUND, "not-found", "Not found", detail, List.of());
  }

  public static ApiException forbidden(String detail) {
    return new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail, List.of());
  }

  public static ApiException nameTaken(String detail) {
    return new ApiException(
        HttpStatus.CONFLICT, "name-taken", "Name already used in this project", detail, List.of());
  }

  /** An Idempotency-Key that cannot be used for this request (another body, a deleted result). */
  public static ApiException idempotencyKeyUnusable(String type, String detail) {
    return new ApiException(
        HttpStatus.UNPROCESSABLE_CONTENT,
        type,
        "Idempotency-Key cannot be used for this request",
        detail,
        List.of());
  }

  public HttpStatus status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public List<FieldViolation> errors() {
    return errors;
  }
}
