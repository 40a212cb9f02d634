package io.storageintegrations.chaos.lab;

import io.storageintegrations.model.topic.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * The workers' consumer group on the requests topic as the broker sees it: who owns which
 * partition, and how far the group has committed.
 */
public final class GroupView {

  private static final int ADMIN_SECONDS = 20;

  private final Admin admin;
  private final String group;
  private final Set<TopicPartition> partitions;

  public GroupView(Lab lab, String group) {
    this.admin = lab.admin();
    this.group = group;
    this.partitions =
        IntStream.range(0, lab.partitions())
            .mapToObj(p -> new TopicPartition(Topics.REQUESTS, p))
            .collect(Collectors.toSet());
  }

  public String group() {
    return group;
  }

  /**
   * Commits the end of every partition for the new group, so its workers start after earlier
   * experiments' requests, whichever worker first owns a partition.
   */
  public void startAtEnd() {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    endOffsets().forEach((tp, end) -> offsets.put(tp, new OffsetAndMetadata(end)));
    get(admin.alterConsumerGroupOffsets(group, offsets).all());
  }

  /**
   * Waits until the group is stable with {@code members} workers, each owning a partition (if there
   * are enough), and every partition assigned; returns the ownership then.
   */
  public Map<String, Set<Integer>> awaitAssigned(int members, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      ConsumerGroupDescription description = describe();
      Map<String, Set<Integer>> owners = owners(description);
      Set<Integer> assigned = new HashSet<>();
      owners.values().forEach(assigned::addAll);
      boolean everyoneWorks =
          members > partitions.size() || owners.values().stream().noneMatch(Set::isEmpty);
      if (description.groupState() == GroupState.STABLE
          && owners.size() == members
          && everyoneWorks
          && assigned.size() == partitions.size()) {
        return owners;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "group "
                + group
                + " not assigned after "
                + timeout
                + ": "
                + description.groupState()
                + " "
                + owners);
      }
      Pause.millis(250);
    }
  }

  private ConsumerGroupDescription describe() {
    return get(admin.describeConsumerGroups(Set.of(group)).describedGroups().get(group));
  }

  /** Partitions of the requests topic by owning consumer's client id. */
  private static Map<String, Set<Integer>> owners(ConsumerGroupDescription description) {
    Map<String, Set<Integer>> owners = new HashMap<>();
    for (MemberDescription member : description.members()) {
      Set<Integer> owned = new TreeSet<>();
      member.assignment().topicPartitions().stream()
          .filter(tp -> tp.topic().equals(Topics.REQUESTS))
          .forEach(tp -> owned.add(tp.partition()));
      owners.merge(member.clientId(), owned, GroupView::union);
    }
    return owners;
  }

  /** Records of the requests topic not yet committed by the group; -1 if the broker is away. */
  public long lag() {
    try {
      Map<TopicPartition, OffsetAndMetadata> committed =
          get(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
      long lag = 0;
      for (Map.Entry<TopicPartition, Long> end : endOffsets().entrySet()) {
        OffsetAndMetadata at = committed.get(end.getKey());
        lag += end.getValue() - (at == null ? 0 : at.offset());
      }
      return lag;
    } catch (IllegalStateException brokerAway) {
      return -1;
    }
  }

  private Map<TopicPartition, Long> endOffsets() {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
    Map<TopicPartition, ListOffsetsResultInfo> ends = get(admin.listOffsets(latest).all());
    Map<TopicPartition, Long> offsets = new HashMap<>();
    ends.forEach((tp, info) -> offsets.put(tp, info.offset()));
    return offsets;
  }

  private static Set<Integer> union(Set<Integer> a, Set<Integer> b) {
    Set<Integer> all = new TreeSet<>(a);
    all.addAll(b);
    return all;
  }

  private static <T> T get(KafkaFuture<T> future) {
    try {
      return future.get(ADMIN_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("admin call failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
