package io.storageintegrations.worker.vending;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * One AssumeRole per scope: a request for a scope whose credentials are still good (more than
 * {@code margin} before they expire) gets them; requests that arrive while the AssumeRole is in
 * flight share it (single flight); a customer-class refusal is remembered for {@code failureTtl}.
 * Anything else (expired, transient or platform failures) is asked again. Expired entries are swept
 * as new ones are added, so the map holds only live scopes.
 */
final class CredentialCache {

  private static final int SWEEP_EVERY = 256;

  /** An answer and whether it came without an AssumeRole of its own. */
  record Lookup(Issue issue, boolean fromCache) {}

  private final ConcurrentHashMap<ScopeKey, CompletableFuture<Issue>> entries =
      new ConcurrentHashMap<>();
  private final Clock clock;
  private final Duration margin;
  private final Duration failureTtl;
  private final AtomicLong added = new AtomicLong();

  CredentialCache(Clock clock, Duration margin, Duration failureTtl) {
    this.clock = clock;
    this.margin = margin;
    this.failureTtl = failureTtl;
  }

  /** The scope's answer; {@code issue} starts an AssumeRole and must never fail its future. */
  CompletableFuture<Lookup> lookup(ScopeKey scope, Supplier<CompletableFuture<Issue>> issue) {
    Instant now = clock.instant();
    boolean[] fresh = {false};
    CompletableFuture<Issue> entry =
        entries.compute(
            scope,
            (key, current) -> {
              if (current != null && servable(current, now)) {
                return current;
              }
              fresh[0] = true;
              return issue.get();
            });
    if (fresh[0] && added.incrementAndGet() % SWEEP_EVERY == 0) {
      sweep(now);
    }
    return entry.thenApply(answer -> new Lookup(answer, !fresh[0]));
  }

  int size() {
    return entries.size();
  }

  private boolean servable(CompletableFuture<Issue> entry, Instant now) {
    if (!entry.isDone()) {
      return true; // in flight: share it
    }
    Issue answer = entry.getNow(null);
    if (answer instanceof Issue.Issued issued) {
      return now.isBefore(issued.credentials().expiration().minus(margin));
    }
    if (answer instanceof Issue.Refused refused) {
      return refused.refusal().errorClass()
              == io.storageintegrations.model.check.ErrorClass.CUSTOMER
          && now.isBefore(refused.refusal().at().plus(failureTtl));
    }
    return false;
  }

  private void sweep(Instant now) {
    entries.forEach(
        (key, entry) -> {
          if (!servable(entry, now)) {
            entries.remove(key, entry);
          }
        });
  }
}
