package io.storageintegrations.producer.registry;

import io.storageintegrations.model.topic.CloudEventHeaders;
import io.storageintegrations.model.topic.MessageType;
import io.storageintegrations.model.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * When each integration was last vended, for the API's {@code lastVendedAt} and the status page's
 * "in use" badge. Every instance follows the audit topic itself (no consumer group, read
 * committed), so it learns of vends answered by any instance; on start it reads the last {@code
 * last-vended-window} of it in the background (a UI hint must not hold readiness back; until the
 * read is done an older vend may not show yet). Only the record key (the integration ID) and {@code
 * ce_time} are read, never the payload. A vend that shows something new (see {@link
 * LastVendedFold#vended}) is announced to the registry's listeners, so open status streams update.
 */
@Component
public class LastVended implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(LastVended.class);
  private static final byte[] VENDED_TYPE =
      MessageType.CREDENTIALS_VENDED.ceType().getBytes(StandardCharsets.UTF_8);
  private static final Duration ANNOUNCE_STEP = Duration.ofMinutes(1);

  /**
   * A badge may be half a second late; a fetch answered at every vend cost the producer and the
   * broker about a tenth of a millisecond each per vend (VendingBenchmark).
   */
  private static final Duration BATCHING = Duration.ofMillis(500);

  private final ConsumerFactory<String, byte[]> consumerFactory;
  private final RegistryView view;
  private final LastVendedFold fold;
  private final Duration window;
  private final Clock clock;
  private volatile TopicsSince follower;
  private volatile boolean running;

  LastVended(
      ConsumerFactory<String, byte[]> consumerFactory,
      RegistryView view,
      LastVendedProperties properties) {
    this.consumerFactory = consumerFactory;
    this.view = view;
    this.window = properties.lastVendedWindow();
    this.fold = new LastVendedFold(window);
    this.clock = Clock.systemUTC();
  }

  /** The time of the integration's latest vend within the window, or null. */
  public Instant of(String integrationId) {
    return fold.lastVended(integrationId);
  }

  void onRecord(ConsumerRecord<String, byte[]> record) {
    Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
    Header time = record.headers().lastHeader(CloudEventHeaders.TIME);
    if (record.key() == null || type == null || time == null) {
      return;
    }
    if (!Arrays.equals(type.value(), VENDED_TYPE)) {
      return; // another kind of audit record: not a vend
    }
    Instant at = OffsetDateTime.parse(new String(time.value(), StandardCharsets.UTF_8)).toInstant();
    if (fold.vended(record.key(), at, ANNOUNCE_STEP)) {
      view.announce(record.key());
    }
  }

  /** Keeps memory bounded: vends older than the window and deleted integrations are forgotten. */
  @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
  void sweep() {
    fold.sweep(clock.instant(), id -> view.index(id).isEmpty());
  }

  int size() {
    return fold.size();
  }

  @Override
  public void start() {
    running = true;
    Thread starter =
        new Thread(
            () -> {
              TopicsSince started =
                  new TopicsSince(
                      consumerFactory,
                      List.of(Topics.AUDIT),
                      clock.instant().minus(window),
                      this::onRecord,
                      BATCHING);
              follower = started;
              if (!running) {
                started.close(); // stopped while this thread was starting
                return;
              }
              try {
                started.startAndCatchUp();
                log.info("read the audit topic's last {}: {} integrations vended", window, size());
              } catch (RuntimeException e) {
                if (running) {
                  log.warn("last-vended times may be incomplete: {}", e.getMessage());
                }
              }
            },
            "last-vended-start");
    starter.setDaemon(true);
    starter.start();
  }

  @Override
  public void stop() {
    running = false;
    TopicsSince current = follower;
    follower = null;
    if (current != null) {
      current.close();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    // after the registry has replayed (FollowersReplayed), so announcements find its records
    return Integer.MIN_VALUE + 300;
  }
}
