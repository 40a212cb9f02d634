package io.storageintegrations.worker.intake;

import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * One partition's offsets in flight. The committable offset is the lowest one not yet done (or one
 * past the highest seen when all are done), so a commit never passes an unfinished record.
 */
final class PartitionOffsets {

  private final TreeSet<Long> pending = new TreeSet<>();
  private long next = -1;
  private long lastCommitted = -1;

  synchronized void track(long offset) {
    pending.add(offset);
    next = Math.max(next, offset + 1);
  }

  synchronized void complete(long offset) {
    pending.remove(offset);
  }

  /** The offset to commit now, or empty when nothing was tracked. */
  synchronized OptionalLong committable() {
    if (next < 0) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(pending.isEmpty() ? next : pending.first());
  }

  /** The committable offset if it moved since the last commit handed out. */
  synchronized OptionalLong advanced() {
    OptionalLong offset = committable();
    if (offset.isPresent() && offset.getAsLong() > lastCommitted) {
      lastCommitted = offset.getAsLong();
      return offset;
    }
    return OptionalLong.empty();
  }

  /** A commit of {@code offset} failed: hand it out again, even if nothing else completes. */
  synchronized void commitFailed(long offset) {
    lastCommitted = Math.min(lastCommitted, offset - 1);
  }

  synchronized int pendingCount() {
    return pending.size();
  }
}
