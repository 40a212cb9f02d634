package io.storageintegrations.emulator.ram;

import java.util.List;
import java.util.Map;

/**
 * What is being asked: an action on a resource, by principals (for trust policies), with condition
 * context keys such as {@code sts:ExternalId}.
 */
public record AccessRequest(
    String action, String resource, List<String> principals, Map<String, String> context) {

  public static AccessRequest of(String action, String resource) {
    return new AccessRequest(action, resource, List.of(), Map.of());
  }
}
