package io.storageintegrations.worker.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The quota calendar on a clock the test moves. 10 calls/s: one every 100 ms. */
class StsPermitsTests {

  private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

  private final AtomicLong now = new AtomicLong(1_000_000 * MS);
  private final StsPermits permits = new StsPermits(10, 0.5, 5_000 * MS, now::get);

  private long waitMs(Lane lane) {
    return permits.reserve(lane) / MS;
  }

  @Test
  void callsAreSpreadOnePeriodApart() {
    assertThat(
            List.of(waitMs(Lane.INTERACTIVE), waitMs(Lane.INTERACTIVE), waitMs(Lane.INTERACTIVE)))
        .containsExactly(0L, 100L, 200L);
  }

  @Test
  void theBackgroundLaneGetsAtMostItsShareAndPeopleTakeTheTimesBetween() {
    List<Long> background = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      background.add(waitMs(Lane.BACKGROUND));
    }
    assertThat(background).containsExactly(0L, 200L, 400L, 600L, 800L);

    // A person arriving behind a queued sweep is not queued behind it.
    assertThat(List.of(waitMs(Lane.INTERACTIVE), waitMs(Lane.INTERACTIVE)))
        .containsExactly(100L, 300L);
  }

  @Test
  void noTwoReservationsAreCloserThanOnePeriod() {
    List<Long> at = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Lane lane = i % 3 == 0 ? Lane.INTERACTIVE : Lane.BACKGROUND;
      at.add(now.get() + permits.reserve(lane));
      now.addAndGet(7 * MS);
    }
    at.sort(Long::compare);
    for (int i = 1; i < at.size(); i++) {
      assertThat(at.get(i) - at.get(i - 1)).isGreaterThanOrEqualTo(100 * MS);
    }
  }

  @Test
  void aCallThatWouldWaitPastTheLimitGetsNoPermitAndTakesNoTime() {
    for (int i = 0; i < 51; i++) {
      assertThat(permits.reserve(Lane.INTERACTIVE)).isNotNegative();
    }
    assertThat(permits.reserve(Lane.INTERACTIVE)).isNegative();
    now.addAndGet(100 * MS);
    assertThat(waitMs(Lane.INTERACTIVE)).isEqualTo(5_000);
  }

  @Test
  void theShareFollowsTheOwnedFractionAndIgnoresZero() {
    permits.share(0.25);
    assertThat(permits.ratePerSecond()).isEqualTo(2.5);
    permits.share(0);
    assertThat(permits.ratePerSecond()).isEqualTo(2.5);
    assertThat(List.of(waitMs(Lane.INTERACTIVE), waitMs(Lane.INTERACTIVE)))
        .containsExactly(0L, 400L);
  }

  @Test
  void callsBunchedByAPauseStillStartOnePeriodApart() {
    assertThat(permits.startDelay()).isZero();
    now.addAndGet(30 * MS); // the next two were due at +100 and +200 ms but a pause held them
    assertThat(permits.startDelay() / MS).isEqualTo(68); // 100 ms less 2 % jitter tolerance
    now.addAndGet(68 * MS);
    assertThat(permits.startDelay()).isZero();
    assertThat(permits.startDelay()).isPositive();
  }
}
