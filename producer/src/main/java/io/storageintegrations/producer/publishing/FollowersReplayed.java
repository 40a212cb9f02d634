package io.storageintegrations.producer.publishing;

import java.util.List;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Waits until every topic follower has replayed its topic, after all of them have begun: the ledger
 * and the registry replay side by side (on two cores), and nothing of a later phase (the dry-run
 * observer, the web server, the registry writer) starts on a partial state.
 */
@Component
class FollowersReplayed implements SmartLifecycle {

  private final List<TopicFollower> followers;
  private volatile boolean running;

  FollowersReplayed(List<TopicFollower> followers) {
    this.followers = followers;
  }

  @Override
  public void start() {
    followers.forEach(TopicFollower::awaitReplayed);
    running = true;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    // after the last follower begins (the registry, MIN + 200), before the dry-run observer (+ 300)
    return Integer.MIN_VALUE + 250;
  }
}
