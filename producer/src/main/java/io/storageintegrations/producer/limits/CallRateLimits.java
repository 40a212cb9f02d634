package io.storageintegrations.producer.limits;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.storageintegrations.producer.problem.RateLimitedException;
import io.storageintegrations.producer.security.ApiKeyProperties;
import io.storageintegrations.producer.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * One resilience4j rate limiter per API key for the calls that cost the platform: a key over its
 * budget gets 429 with {@code Retry-After} until its next minute starts, and nothing is published.
 */
class CallRateLimits implements HandlerInterceptor {

  private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
  private final Map<String, Integer> perKey = new ConcurrentHashMap<>();
  private final int defaultPerMinute;

  CallRateLimits(LimitsProperties limits, ApiKeyProperties keys) {
    this.defaultPerMinute = limits.callsPerMinute();
    keys.apiKeys().stream()
        .filter(k -> k.callsPerMinute() != null)
        .forEach(k -> perKey.put(k.name(), k.callsPerMinute()));
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!"POST".equals(request.getMethod())) {
      return true;
    }
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof Caller caller)) {
      return true; // the security rules already refused anonymous calls
    }
    RateLimiter limiter = limiters.computeIfAbsent(caller.name(), this::limiterFor);
    if (!limiter.acquirePermission()) {
      long nanos = ((AtomicRateLimiter) limiter).getDetailedMetrics().getNanosToWait();
      long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(nanos) + 1);
      throw new RateLimitedException(
          "API key '"
              + caller.name()
              + "' is over its budget of "
              + limiter.getRateLimiterConfig().getLimitForPeriod()
              + " dry runs, creates, re-validations and materials per minute; retry in "
              + seconds
              + " s",
          seconds);
    }
    return true;
  }

  private RateLimiter limiterFor(String keyName) {
    return RateLimiter.of(
        "api-key-" + keyName,
        RateLimiterConfig.custom()
            .limitForPeriod(perKey.getOrDefault(keyName, defaultPerMinute))
            .limitRefreshPeriod(Duration.ofMinutes(1))
            .timeoutDuration(Duration.ZERO)
            .build());
  }
}
