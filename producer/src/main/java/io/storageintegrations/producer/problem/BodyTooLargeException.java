package io.storageintegrations.producer.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** A request body over the configured cap: 413, as a problem detail. */
public class BodyTooLargeException extends ApiException {

  public BodyTooLargeException(long maxBytes) {
    super(
        HttpStatus.CONTENT_TOO_LARGE,
        "body-too-large",
        "Request body too large",
        "request bodies are limited to " + maxBytes + " bytes",
        List.of());
  }

  /** Answers directly, for a filter that refuses before any controller is involved. */
  public static void write(HttpServletResponse response, long maxBytes) throws IOException {
    BodyTooLargeException e = new BodyTooLargeException(maxBytes);
    response.setStatus(e.status().value());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Connection", "close");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response
        .getOutputStream()
        .write(
            JsonMapper.builder()
                .build()
                .writeValueAsBytes(
                    ProblemAdvice.problem(
                        e.status(), e.type(), e.title(), e.getMessage(), e.errors())));
  }
}
