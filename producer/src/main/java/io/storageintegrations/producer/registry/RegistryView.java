package io.storageintegrations.producer.registry;

import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.IntegrationState;
import io.storageintegrations.model.message.MessageCodec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The current record of every integration, with change notifications for waiters and SSE. Each
 * record is kept as compact bytes ({@link CompactJson}) plus its {@link IndexFields}, and decoded
 * only when read; per-project indexes in creation order make a page cost its position, not N.
 * Changes are serialised (one lock); reads take none.
 */
@Component
public class RegistryView {

  private record Entry(IndexFields index, byte[] compact) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Map<String, SortedIndex> byProject = new ConcurrentHashMap<>();

  /** ExternalId to the integration that uses it (minted ExternalIds are unique). */
  private final Map<String, String> externalIdUsers = new ConcurrentHashMap<>();

  private final SortedIndex all = new SortedIndex();
  private final DeletedIds deleted;
  private final List<Consumer<RegistryChange>> listeners = new CopyOnWriteArrayList<>();

  @Autowired
  RegistryView(RegistryProperties properties) {
    this(properties.deletedIdsKept());
  }

  RegistryView(int deletedIdsKept) {
    this.deleted = new DeletedIds(deletedIdsKept);
  }

  public Optional<IntegrationRecord> get(String integrationId) {
    return Optional.ofNullable(entries.get(integrationId)).map(RegistryView::decode);
  }

  /**
   * Page {@code page} (from 0) of {@code size} integrations, oldest first, of one project (all
   * projects when {@code projectId} is null), in {@code state} when it is not null.
   */
  public RegistryPage page(String projectId, IntegrationState state, int page, int size) {
    SortedIndex index = projectId == null ? all : byProject.get(projectId);
    if (index == null) {
      return new RegistryPage(List.of(), 0);
    }
    List<IntegrationRecord> items = new ArrayList<>(size);
    for (String id : index.page(state, page, size)) {
      get(id).ifPresent(items::add);
    }
    return new RegistryPage(items, index.count(state));
  }

  /**
   * Up to {@code limit} ACTIVE integrations without a validation in flight, last validated before
   * {@code before}, that {@code mine} accepts: the longest unvalidated first. Reads index fields
   * only.
   */
  public List<String> dueForRevalidation(Instant before, Predicate<String> mine, int limit) {
    long cutoff = IndexFields.micros(before);
    Comparator<IndexFields> newestFirst =
        Comparator.comparingLong(IndexFields::lastValidatedAt).reversed();
    PriorityQueue<IndexFields> oldest = new PriorityQueue<>(newestFirst);
    for (IndexFields entry : all.all()) {
      if (entry.state() == IntegrationState.ACTIVE
          && !entry.inFlight()
          && entry.lastValidatedAt() < cutoff
          && mine.test(entry.integrationId())) {
        oldest.add(entry);
        if (oldest.size() > limit) {
          oldest.poll();
        }
      }
    }
    List<IndexFields> due = new ArrayList<>(oldest);
    due.sort(newestFirst.reversed());
    return due.stream().map(IndexFields::integrationId).toList();
  }

  /** The integration of {@code projectId} that uses {@code externalId}, if any. */
  public Optional<String> externalIdUser(String projectId, String externalId) {
    return Optional.ofNullable(externalIdUsers.get(externalId))
        .filter(id -> index(id).map(i -> i.projectId().equals(projectId)).orElse(false));
  }

  public boolean isDeleted(String integrationId) {
    return deleted.contains(integrationId);
  }

  /** How many integrations the view holds. */
  public long size() {
    return all.count(null);
  }

  /** How many integrations are in {@code state} now. */
  long count(IntegrationState state) {
    return all.count(state);
  }

  /** The index fields of the integration's record, if it has one. */
  Optional<IndexFields> index(String integrationId) {
    return Optional.ofNullable(entries.get(integrationId)).map(Entry::index);
  }

  /** The writer's new record, made from the event at {@code sourceOffset}. */
  synchronized void put(IntegrationRecord record, long sourceOffset) {
    byte[] json = MessageCodec.toJson(record);
    store(IndexFields.of(record, sourceOffset), CompactJson.compress(json), record);
  }

  /**
   * Another writer's record from the registry topic, unless this view already has a record of the
   * integration from a later source event (or the integration was deleted).
   */
  void putIfNewer(IndexFields index, byte[] json) {
    putCompactIfNewer(index, CompactJson.compress(json));
  }

  /** As {@link #putIfNewer} with the record already compact (compressed off the view's lock). */
  synchronized void putCompactIfNewer(IndexFields index, byte[] compact) {
    Entry current = entries.get(index.integrationId());
    if (deleted.contains(index.integrationId())
        || (current != null && !index.supersedes(current.index()))) {
      return;
    }
    store(index, compact, null);
  }

  synchronized void remove(String integrationId) {
    deleted.add(integrationId);
    Entry removed = entries.remove(integrationId);
    if (removed != null) {
      unindex(removed.index());
      notify(new RegistryChange(integrationId, removed.index().projectId(), null));
    }
  }

  private void store(IndexFields index, byte[] compact, IntegrationRecord decoded) {
    Entry previous = entries.put(index.integrationId(), new Entry(index, compact));
    if (previous != null) {
      unindex(previous.index());
    }
    all.add(index);
    externalIdUsers.put(index.externalId(), index.integrationId());
    byProject.computeIfAbsent(index.projectId(), p -> new SortedIndex()).add(index);
    if (!listeners.isEmpty() && (previous == null || !Arrays.equals(previous.compact(), compact))) {
      IntegrationRecord record =
          decoded != null ? decoded : decode(entries.get(index.integrationId()));
      notify(new RegistryChange(index.integrationId(), index.projectId(), record));
    }
  }

  private void unindex(IndexFields index) {
    all.remove(index);
    externalIdUsers.remove(index.externalId(), index.integrationId());
    SortedIndex project = byProject.get(index.projectId());
    if (project != null) {
      project.remove(index);
    }
  }

  private static IntegrationRecord decode(Entry entry) {
    return MessageCodec.fromJson(CompactJson.decompress(entry.compact()), IntegrationRecord.class);
  }

  /**
   * Tells the listeners about the integration's current record although the record did not change
   * (something shown with it did, e.g. its last vend), so open status streams send it again.
   */
  public synchronized void announce(String integrationId) {
    if (listeners.isEmpty()) {
      return;
    }
    Entry entry = entries.get(integrationId);
    if (entry != null) {
      notify(new RegistryChange(integrationId, entry.index().projectId(), decode(entry)));
    }
  }

  /** Calls {@code listener} for every change until the returned handle is closed. */
  public AutoCloseable subscribe(Consumer<RegistryChange> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /**
   * Completes once the integration's record (empty once deleted) satisfies {@code condition}, at
   * once if it already does. Holds no thread; cancelling it stops listening.
   */
  public CompletableFuture<Void> when(
      String integrationId, Predicate<Optional<IntegrationRecord>> condition) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Consumer<RegistryChange> listener =
        change -> {
          if (change.integrationId().equals(integrationId)
              && condition.test(Optional.ofNullable(change.record()))) {
            done.complete(null);
          }
        };
    listeners.add(listener);
    done.whenComplete((ignored, cancelled) -> listeners.remove(listener));
    if (condition.test(get(integrationId))) {
      done.complete(null);
    }
    return done;
  }

  /** Open status streams plus callers waiting for an outcome. */
  int listeners() {
    return listeners.size();
  }

  private void notify(RegistryChange change) {
    listeners.forEach(listener -> listener.accept(change));
  }
}
