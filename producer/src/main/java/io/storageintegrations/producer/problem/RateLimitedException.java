package io.storageintegrations.producer.problem;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A caller over its budget: 429 with {@code Retry-After}. */
public class RateLimitedException extends ApiException {

  private final long retryAfterSeconds;

  public RateLimitedException(String detail, long retryAfterSeconds) {
    super(HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests", detail, List.of());
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
