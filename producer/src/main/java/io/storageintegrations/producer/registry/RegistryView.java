package io.storageintegrations.producer.registry;

import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.IntegrationState;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** The current record of every integration, with change notifications for waiters and SSE. */
@Component
public class RegistryView {

  private final Map<String, IntegrationRecord> records = new ConcurrentHashMap<>();
  private final Set<String> deleted = ConcurrentHashMap.newKeySet();
  private final List<Consumer<RegistryChange>> listeners = new CopyOnWriteArrayList<>();

  public Optional<IntegrationRecord> get(String integrationId) {
    return Optional.ofNullable(records.get(integrationId));
  }

  /** A project's integrations, oldest first (stable paging). */
  public List<IntegrationRecord> list(Predicate<IntegrationRecord> filter) {
    return records.values().stream()
        .filter(filter)
        .sorted(
            Comparator.comparing(RegistryView::createdAt)
                .thenComparing(IntegrationRecord::integrationId))
        .toList();
  }

  public boolean isDeleted(String integrationId) {
    return deleted.contains(integrationId);
  }

  void put(IntegrationRecord record) {
    IntegrationRecord previous = records.put(record.integrationId(), record);
    if (!record.equals(previous)) {
      notify(new RegistryChange(record.integrationId(), record.projectId(), record));
    }
  }

  void remove(String integrationId) {
    deleted.add(integrationId);
    IntegrationRecord removed = records.remove(integrationId);
    if (removed != null) {
      notify(new RegistryChange(integrationId, removed.projectId(), null));
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

  /** How many integrations are in {@code state} now. */
  long count(IntegrationState state) {
    return records.values().stream().filter(record -> record.state() == state).count();
  }

  /** Open status streams plus callers waiting for an outcome. */
  int listeners() {
    return listeners.size();
  }

  private void notify(RegistryChange change) {
    listeners.forEach(listener -> listener.accept(change));
  }

  private static Instant createdAt(IntegrationRecord record) {
    return record.history().isEmpty() ? record.updatedAt() : record.history().get(0).at();
  }
}
