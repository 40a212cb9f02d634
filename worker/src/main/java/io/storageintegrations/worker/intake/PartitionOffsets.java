package io.storageintegrations.worker.intake;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;

/**
 * One partition's offsets in this assignment. The committable offset is the lowest one tracked and
 * not yet answered (or one past the highest seen), so a commit never passes an unanswered record;
 * the answered ones above it travel in the commit's metadata ({@link DoneOffsets}). Offsets
 * answered before this assignment (by an earlier owner, or by this worker before the partition was
 * lost) are skipped.
 */
final class PartitionOffsets {

  private final TreeSet<Long> pending = new TreeSet<>();
  private final TreeSet<Long> running = new TreeSet<>();
  private final TreeSet<Long> done = new TreeSet<>();
  private final Set<Long> answeredBefore;
  private long next = -1;
  private OffsetAndMetadata lastHandedOut;
  private boolean handingBack;

  PartitionOffsets(Set<Long> answeredBefore) {
    this.answeredBefore = Set.copyOf(answeredBefore);
  }

  synchronized void track(long offset) {
    pending.add(offset);
    next = Math.max(next, offset + 1);
  }

  boolean answeredBefore(long offset) {
    return answeredBefore.contains(offset);
  }

  /**
   * Whether the record may start. Not once the partition is being handed back: it then stays
   * uncommitted for the next owner.
   */
  synchronized boolean start(long offset) {
    if (handingBack) {
      return false;
    }
    running.add(offset);
    return true;
  }

  /** The record's outcome is acknowledged. */
  synchronized void answered(long offset) {
    running.remove(offset);
    if (pending.remove(offset)) {
      done.add(offset);
    }
    notifyAll();
  }

  /** The record ended without an outcome, or never started: it stays uncommitted. */
  synchronized void unanswered(long offset) {
    running.remove(offset);
    notifyAll();
  }

  /** The partition is being handed back: records not yet started are abandoned. */
  synchronized void handBack() {
    handingBack = true;
  }

  /** What to commit now, or empty when nothing was tracked. */
  synchronized Optional<OffsetAndMetadata> committable() {
    if (next < 0) {
      return Optional.empty();
    }
    long offset = pending.isEmpty() ? next : pending.first();
    done.headSet(offset).clear();
    return Optional.of(new OffsetAndMetadata(offset, DoneOffsets.encode(offset, done)));
  }

  /** The committable position if it changed since it was last handed out. */
  synchronized Optional<OffsetAndMetadata> advanced() {
    Optional<OffsetAndMetadata> commit = committable();
    if (commit.isPresent() && !commit.get().equals(lastHandedOut)) {
      lastHandedOut = commit.get();
      return commit;
    }
    return Optional.empty();
  }

  /** A commit failed: hand the position out again, even if nothing else completes. */
  synchronized void commitFailed() {
    lastHandedOut = null;
  }

  /** Waits until no started record is still running, or the time is up. */
  synchronized void awaitRunning(long nanos) throws InterruptedException {
    long until = System.nanoTime() + nanos;
    while (!running.isEmpty()) {
      long left = until - System.nanoTime();
      if (left <= 0) {
        return;
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }

  /** Offsets answered in this assignment, to be remembered if the partition is lost. */
  synchronized Set<Long> answered() {
    Set<Long> answered = new TreeSet<>(done);
    answered.addAll(answeredBefore);
    return answered;
  }
}
