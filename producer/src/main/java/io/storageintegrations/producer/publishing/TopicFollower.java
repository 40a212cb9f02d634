package io.storageintegrations.producer.publishing;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * A component whose state is a topic: it replays the topic (or follows it from now on) before the
 * components of later lifecycle phases start, and keeps following it until stopped. The replay has
 * no deadline (it grows with the data): the web and management ports open once it is done, so
 * probes see the instance as not ready until then; progress is logged every 10 s.
 */
public abstract class TopicFollower implements SmartLifecycle {

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

  protected final TopicReplayer replayer() {
    return replayer;
  }

  @Override
  public void start() {
    TopicReplayer started = new TopicReplayer(consumerFactory, topic, this::onRecord, fromEnd);
    try {
      started.start();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while replaying " + topic, e);
    }
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
