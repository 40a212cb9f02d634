package io.storageintegrations.worker.intake;

import io.storageintegrations.worker.cloud.CloudCalls.StsQuota;
import io.storageintegrations.worker.config.IntakeProperties;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's share of the fleet follows the partitions it owns: owned / all partitions of the
 * request topics. It sets the STS quota's rate and the in-flight limits on every assignment, so a
 * fleet that grows or shrinks never asks STS for more than the fleet's rate, whatever the number of
 * instances, and no instance admits more than its share can start within the deadline.
 */
final class QuotaShare {

  private static final Logger log = LoggerFactory.getLogger(QuotaShare.class);

  private final StsQuota quota;
  private final double fleetRatePerSecond;
  private final IntakeProperties intake;
  private final Duration deadline;
  private final Admission admission;
  private final Map<String, Integer> partitionCounts = new HashMap<>();

  QuotaShare(
      StsQuota quota,
      double fleetRatePerSecond,
      IntakeProperties intake,
      Duration deadline,
      Admission admission) {
    this.quota = quota;
    this.fleetRatePerSecond = fleetRatePerSecond;
    this.intake = intake;
    this.deadline = deadline;
    this.admission = admission;
  }

  /** The limit before any partition is assigned: as if this instance were alone. */
  static InFlightLimit initial(
      StsQuota quota, double fleetRatePerSecond, IntakeProperties intake, Duration deadline) {
    return InFlightLimit.of(intake, quota.limited() ? fleetRatePerSecond : 0, deadline);
  }

  /** Called on the consumer thread with the assignment after a rebalance. */
  void update(Collection<TopicPartition> owned, ToIntFunction<String> partitionsOf) {
    int all = 0;
    for (String topic : Lanes.TOPICS) {
      int count =
          partitionCounts.computeIfAbsent(topic, t -> Math.max(0, partitionsOf.applyAsInt(t)));
      if (count == 0) {
        partitionCounts.remove(topic); // not known yet: ask again next time
      }
      all += count;
    }
    if (owned.isEmpty() || all == 0) {
      return; // work still running keeps the last share until it ends
    }
    double fraction = Math.min(1.0, owned.size() / (double) all);
    quota.share(fraction);
    InFlightLimit limit =
        InFlightLimit.of(intake, quota.limited() ? fleetRatePerSecond * fraction : 0, deadline);
    if (!limit.equals(admission.limit())) {
      log.info(
          "{} of {} request partitions owned: in flight at most {} ({} background){}",
          owned.size(),
          all,
          limit.total(),
          limit.background(),
          quota.limited()
              ? String.format(
                  " for %.1f AssumeRole/s of the fleet's %.1f",
                  fleetRatePerSecond * fraction, fleetRatePerSecond)
              : "");
      admission.limit(limit);
    }
  }
}
