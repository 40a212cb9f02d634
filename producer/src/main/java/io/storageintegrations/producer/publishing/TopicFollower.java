package io.storageintegrations.producer.publishing;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * A component whose state is a topic: it replays the topic (or follows it from now on) before the
 * components of later lifecycle phases start, and keeps following it until stopped. All followers
 * replay at the same time; {@link FollowersReplayed} holds later phases back until all are done.
 * The replay has no deadline (it grows with the data): the web and management ports open once it is
 * done, so probes see the instance as not ready until then; progress is logged every 10 s.
 */
public abstract class TopicFollower implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(TopicFollower.class);

  private final ConsumerFactory<String, byte[]> consumerFactory;
  private final String topic;
  private final boolean fromEnd;
  private final int phase;
  private volatile TopicReplayer replayer;

  /**
   * @param fromEnd follow only what is written from now on instead of replaying the topic
   * @param phase the lifecycle phase: followers whose state others read start earlier
   */
  protected TopicFollower(
      ConsumerFactory<String, byte[]> consumerFactory, String topic, boolean fromEnd, int phase) {
    this.consumerFactory = consumerFactory;
    this.topic = topic;
    this.fromEnd = fromEnd;
    this.phase = phase;
  }

  /** Handles one record, on the follower's own thread, in partition order. */
  protected abstract void onRecord(ConsumerRecord<String, byte[]> record);

  /**
   * Handles one poll's records in partition order; a record that cannot be handled is logged and
   * skipped. Override to prepare a batch's records in parallel before applying them in order.
   */
  protected void onRecords(List<ConsumerRecord<String, byte[]>> records) {
    for (ConsumerRecord<String, byte[]> record : records) {
      try {
        onRecord(record);
      } catch (RuntimeException e) {
        skipped(record, e);
      }
    }
  }

  protected static void skipped(ConsumerRecord<String, byte[]> record, RuntimeException e) {
    log.warn(
        "skipped unreadable record {}-{}@{}: {}",
        record.topic(),
        record.partition(),
        record.offset(),
        e.getMessage());
  }

  /** Blocks until the replay begun in {@link #start} is done (see {@link FollowersReplayed}). */
  void awaitReplayed() {
    try {
      replayer.awaitReplayed();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while replaying " + topic, e);
    }
  }

  protected final TopicReplayer replayer() {
    return replayer;
  }

  /** Begins the replay; every follower replays at once, and {@link FollowersReplayed} waits. */
  @Override
  public void start() {
    TopicReplayer started = new TopicReplayer(consumerFactory, topic, this::onRecords, fromEnd);
    started.begin();
    replayer = started;
  }

  @Override
  public void stop() {
    TopicReplayer running = replayer;
    replayer = null;
    if (running != null) {
      running.close();
    }
  }

  @Override
  public boolean isRunning() {
    return replayer != null;
  }

  @Override
  public int getPhase() {
    return phase;
  }
}
