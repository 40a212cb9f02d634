package io.storageintegrations.worker.vending;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.check.ErrorClass;
import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.worker.cloud.ScopedCredentials;
import io.storageintegrations.worker.cloud.TemporaryCredentials;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CredentialCacheTests {

  static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
  static final ScopeKey SCOPE =
      new ScopeKey("int-1", "acs:ram::1:role/r", "ext", "b", AccessMode.READ_ONLY, "p/", 900);

  MutableClock clock = new MutableClock(T0);
  CredentialCache cache = new CredentialCache(clock, Duration.ofMinutes(5), Duration.ofSeconds(30));
  AtomicInteger calls = new AtomicInteger();

  @Test
  void concurrentIdenticalRequestsShareOneAssumeRole() {
    CompletableFuture<Issue> inFlight = new CompletableFuture<>();
    List<CompletableFuture<CredentialCache.Lookup>> lookups = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      lookups.add(cache.lookup(SCOPE, () -> count(inFlight)));
    }
    inFlight.complete(issued(T0.plusSeconds(900)));

    assertThat(calls).hasValue(1);
    assertThat(lookups.get(0).join().fromCache()).isFalse();
    assertThat(lookups.subList(1, 50)).allMatch(l -> l.join().fromCache());
  }

  @Test
  void credentialsAreServedUntilTheMarginBeforeTheyExpire() {
    cache.lookup(
        SCOPE, () -> count(CompletableFuture.completedFuture(issued(T0.plusSeconds(900)))));

    clock.now = T0.plusSeconds(599); // 5 min + 1 s left
    assertThat(lookup().fromCache()).isTrue();
    clock.now = T0.plusSeconds(600); // exactly the margin left: asked again
    assertThat(lookup().fromCache()).isFalse();
    assertThat(calls).hasValue(2);
  }

  @Test
  void aCustomerRefusalIsRememberedBrieflyOthersAreAskedAgain() {
    cache.lookup(SCOPE, () -> count(refused(ErrorClass.CUSTOMER)));
    clock.now = T0.plusSeconds(29);
    assertThat(lookup().fromCache()).isTrue();
    clock.now = T0.plusSeconds(30);
    assertThat(lookup().fromCache()).isFalse();

    ScopeKey other =
        new ScopeKey("int-2", "acs:ram::1:role/r", "ext", "b", AccessMode.READ_ONLY, "p/", 900);
    cache.lookup(other, () -> count(refused(ErrorClass.TRANSIENT)));
    assertThat(cache.lookup(other, () -> count(refused(ErrorClass.TRANSIENT))).join().fromCache())
        .isFalse();
  }

  private CredentialCache.Lookup lookup() {
    return cache
        .lookup(
            SCOPE,
            () -> count(CompletableFuture.completedFuture(issued(clock.now.plusSeconds(900)))))
        .join();
  }

  private CompletableFuture<Issue> count(CompletableFuture<Issue> answer) {
    calls.incrementAndGet();
    return answer;
  }

  private CompletableFuture<Issue> refused(ErrorClass errorClass) {
    return CompletableFuture.completedFuture(
        new Issue.Refused(
            new Refusal(errorClass, "X", "ROLE_ASSUMABLE", "c", "m", "r", false, clock.now)));
  }

  private static Issue issued(Instant expiration) {
    return new Issue.Issued(
        new ScopedCredentials(new TemporaryCredentials("STS.a", "s", "t"), expiration));
  }

  static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
