package io.storageintegrations.producer.vending;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Vending refusals as RFC 9457 problem details, with their extra members. */
@RestControllerAdvice(assignableTypes = VendingController.class)
class VendingProblems {

  static final String TYPE_PREFIX = "urn:storage-integrations:problem:";

  @ExceptionHandler(VendingRefused.class)
  ResponseEntity<ProblemDetail> refused(VendingRefused e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
    problem.setType(URI.create(TYPE_PREFIX + e.type()));
    problem.setTitle(e.title());
    e.properties().forEach(problem::setProperty);
    ResponseEntity.BodyBuilder answer =
        ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
    if (e.status() == HttpStatus.SERVICE_UNAVAILABLE) {
      answer.header(HttpHeaders.RETRY_AFTER, "5");
    }
    return answer.body(problem);
  }
}
