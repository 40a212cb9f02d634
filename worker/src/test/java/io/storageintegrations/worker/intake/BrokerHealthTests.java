package io.storageintegrations.worker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Status;

/** Broker health and throttled warnings on a clock the test moves. */
class BrokerHealthTests {

  private final AtomicLong now = new AtomicLong(TimeUnit.HOURS.toNanos(1));
  private final BrokerContact contact = new BrokerContact(now::get);
  private final BrokerHealthIndicator health =
      new BrokerHealthIndicator(contact, Duration.ofSeconds(30));

  private void advanceSeconds(long seconds) {
    now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
  }

  @Test
  void downOnlyAfterFailuresLastTheConfiguredTimeAndUpAtTheFirstSuccess() {
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);

    contact.commitFailed();
    advanceSeconds(20);
    contact.sendFailed();
    contact.commitFailed();
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);

    advanceSeconds(11);
    assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.health().getDetails()).containsEntry("failingForMillis", 31_000L);

    contact.commitSucceeded();
    assertThat(health.health().getStatus()).as("sends failing for 11 s").isEqualTo(Status.UP);
    advanceSeconds(20);
    assertThat(health.health().getStatus()).as("sends failing for 31 s").isEqualTo(Status.DOWN);
    contact.sendSucceeded();
    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void aRepeatedWarningIsWrittenOncePerIntervalWithTheCountSince() {
    Logger logger = (Logger) LoggerFactory.getLogger("throttled-log-test");
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    logger.addAppender(lines);
    ThrottledLog log = new ThrottledLog(logger, TimeUnit.SECONDS.toNanos(10), now::get);

    for (int i = 0; i < 1000; i++) {
      log.warn("offset commit failed: {}", "TimeoutException");
      advanceSeconds(i % 100 == 99 ? 1 : 0);
    }
    advanceSeconds(1);
    log.warn("offset commit failed: {}", "TimeoutException");

    assertThat(lines.list).hasSize(2);
    assertThat(lines.list.get(1).getFormattedMessage())
        .isEqualTo(
            "offset commit failed: TimeoutException (and 999 more like it since the last line)");
  }
}
