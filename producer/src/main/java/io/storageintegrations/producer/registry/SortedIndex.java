package io.storageintegrations.producer.registry;

import io.storageintegrations.model.message.IntegrationState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Integrations in creation order (oldest first, then by ID: stable paging) with counts by state, so
 * a page costs the entries before it, not all of them. Changed by the view's single writer lock;
 * read without locks.
 */
final class SortedIndex {

  private static final Comparator<IndexFields> CREATION_ORDER =
      Comparator.comparingLong(IndexFields::createdAt).thenComparing(IndexFields::integrationId);

  private final ConcurrentSkipListSet<IndexFields> entries =
      new ConcurrentSkipListSet<>(CREATION_ORDER);
  private final Map<IntegrationState, AtomicLong> counts = new EnumMap<>(IntegrationState.class);
  private final AtomicLong total = new AtomicLong();

  SortedIndex() {
    for (IntegrationState state : IntegrationState.values()) {
      counts.put(state, new AtomicLong());
    }
  }

  void add(IndexFields entry) {
    entries.add(entry);
    counts.get(entry.state()).incrementAndGet();
    total.incrementAndGet();
  }

  void remove(IndexFields entry) {
    if (entries.remove(entry)) {
      counts.get(entry.state()).decrementAndGet();
      total.decrementAndGet();
    }
  }

  long count(IntegrationState state) {
    return state == null ? total.get() : counts.get(state).get();
  }

  /** The IDs of page {@code page} (from 0) of {@code size}, in {@code state} if not null. */
  List<String> page(IntegrationState state, int page, int size) {
    long skip = (long) page * size;
    List<String> ids = new ArrayList<>(size);
    for (IndexFields entry : entries) {
      if (state != null && entry.state() != state) {
        continue;
      }
      if (skip > 0) {
        skip--;
        continue;
      }
      ids.add(entry.integrationId());
      if (ids.size() == size) {
        break;
      }
    }
    return ids;
  }

  Iterable<IndexFields> all() {
    return entries;
  }
}
