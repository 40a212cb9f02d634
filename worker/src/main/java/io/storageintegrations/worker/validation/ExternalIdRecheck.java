package io.storageintegrations.worker.validation;

import io.storageintegrations.model.message.RequestKind;
import io.storageintegrations.model.message.ValidationRequested;
import io.storageintegrations.worker.cloud.Lane;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether this validation must make the negative AssumeRole (without ExternalId) or may carry its
 * last pass forward. Only a periodic re-validation (kind REVALIDATE on the background lane) may
 * skip it, and only when the time it last passed lies in the past, by this worker's clock, and less
 * than the recheck period ago. Anything else (no time, a future one, an old one, a person waiting)
 * runs the real test, so a wrong or forged time can at worst cost one call, never hide a role that
 * lost its ExternalId condition for longer than the period after its last real test.
 */
final class ExternalIdRecheck {

  private final Duration period;
  private final Clock clock;

  ExternalIdRecheck(Duration period, Clock clock) {
    this.period = period;
    this.clock = clock;
  }

  Duration period() {
    return period;
  }

  Instant now() {
    return clock.instant();
  }

  /** The decision for {@code request} arriving on {@code lane}. */
  Decision decide(ValidationRequested request, Lane lane) {
    if (lane != Lane.BACKGROUND || request.kind() != RequestKind.REVALIDATE) {
      return Decision.INTERACTIVE;
    }
    Instant verifiedAt = request.externalIdVerifiedAt();
    if (verifiedAt == null) {
      return Decision.ABSENT;
    }
    Instant now = clock.instant();
    if (verifiedAt.isAfter(now)) {
      return Decision.FUTURE;
    }
    if (period.isZero() || !verifiedAt.plus(period).isAfter(now)) {
      return Decision.DUE;
    }
    return Decision.SKIP;
  }

  /** What {@link #decide} found; the lower-case name is a metric tag. */
  enum Decision {
    /** Not a periodic re-validation: always tested. */
    INTERACTIVE,
    /** Periodic, without a last-verified time (older producers, or never passed): tested. */
    ABSENT,
    /** Periodic, with a time after this worker's clock: not trusted, tested. */
    FUTURE,
    /** Periodic, the period has passed since the last real test (or the period is zero): tested. */
    DUE,
    /** Periodic, tested less than a period ago: the earlier pass is carried forward. */
    SKIP;

    boolean skips() {
      return this == SKIP;
    }

    String tag() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
