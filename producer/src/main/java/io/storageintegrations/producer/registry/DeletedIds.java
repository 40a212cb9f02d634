package io.storageintegrations.producer.registry;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently deleted integration IDs, at most {@code capacity} (oldest forgotten first), so
 * a late event for a deleted integration is recognised without the set growing forever. A forgotten
 * ID is simply unknown: nothing but a create makes a record, and a create of a deleted ID only
 * arrives from the events topic again if the writer group's offsets are reset far back.
 */
final class DeletedIds {

  private final Map<String, Boolean> ids;

  DeletedIds(int capacity) {
    this.ids =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > capacity;
          }
        };
  }

  synchronized void add(String integrationId) {
    ids.put(integrationId, Boolean.TRUE);
  }

  synchronized boolean contains(String integrationId) {
    return ids.containsKey(integrationId);
  }

  synchronized int size() {
    return ids.size();
  }
}
