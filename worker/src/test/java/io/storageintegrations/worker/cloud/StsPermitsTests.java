package io.storageintegrations.worker.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pacer on a clock the test moves (its real wake-ups see the same moved clock, so they can only
 * release what the test's own steps would). 10 calls/s: one every 100 ms.
 */
class StsPermitsTests {

  private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

  private final AtomicLong now = new AtomicLong(1_000_000 * MS);
  private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
  private final StsPermits permits = new StsPermits(10, 0.5, now::get, pacer);

  @AfterEach
  void stop() {
    pacer.shutdownNow();
  }

  private Deadline in(long millis) {
    return new Deadline(now.get() + millis * MS, Duration.ofMillis(millis));
  }

  private CompletableFuture<Boolean> call(Lane lane) {
    return permits.acquire(lane, in(20_000));
  }

  private void at(long millis) {
    now.set(1_000_000 * MS + millis * MS);
    permits.release();
  }

  @Test
  void callsAreReleasedOnePeriodApart() {
    var first = call(Lane.INTERACTIVE);
    var second = call(Lane.INTERACTIVE);
    assertThat(first).isCompletedWithValue(true);
    assertThat(second).isNotDone();
    at(99);
    assertThat(second).isNotDone();
    at(100);
    assertThat(second).isCompletedWithValue(true);
  }

  @Test
  void peopleGoBeforeASweepAndTheSweepGetsAtMostItsShare() {
    List<CompletableFuture<Boolean>> sweep = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      sweep.add(call(Lane.BACKGROUND));
    }
    var person = call(Lane.INTERACTIVE);
    assertThat(sweep.get(0)).isCompletedWithValue(true);
    at(100);
    assertThat(person).as("a person does not queue behind the sweep").isCompletedWithValue(true);
    at(200);
    assertThat(sweep.get(1)).as("background: one per 200 ms").isCompletedWithValue(true);
    at(300);
    assertThat(sweep.get(2)).isNotDone();
    at(400);
    assertThat(sweep.get(2)).isCompletedWithValue(true);
  }

  @Test
  void aPauseMakesThePacerLateNeverBursty() {
    var calls = List.of(call(Lane.INTERACTIVE), call(Lane.INTERACTIVE), call(Lane.INTERACTIVE));
    at(550); // a pause: the second was due at 100, the third at 200
    assertThat(calls.get(1)).isCompletedWithValue(true);
    assertThat(calls.get(2)).isNotDone();
    at(649);
    assertThat(calls.get(2)).isNotDone();
    at(650);
    assertThat(calls.get(2)).isCompletedWithValue(true);
  }

  @Test
  void aCallThatCannotGoBeforeItsDeadlineIsRefusedAtOnceOrWhenItsTurnComes() {
    call(Lane.INTERACTIVE);
    call(Lane.INTERACTIVE);
    assertThat(permits.acquire(Lane.INTERACTIVE, in(150))).isCompletedWithValue(false);

    var late = permits.acquire(Lane.INTERACTIVE, in(250));
    at(100);
    at(251);
    assertThat(late).isCompletedWithValue(false);
  }

  @Test
  void theShareFollowsTheOwnedFractionAndIgnoresZero() {
    permits.share(0.25);
    assertThat(permits.ratePerSecond()).isEqualTo(2.5);
    permits.share(0);
    assertThat(permits.ratePerSecond()).isEqualTo(2.5);
    call(Lane.INTERACTIVE);
    var second = call(Lane.INTERACTIVE);
    at(399);
    assertThat(second).isNotDone();
    at(400);
    assertThat(second).isCompletedWithValue(true);
  }
}
