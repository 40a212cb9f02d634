package io.storageintegrations.emulator.ram;

import java.util.List;
import java.util.Map;

/** One operator/key test of a statement's Condition block, with its accepted values. */
record Condition(ConditionOperator operator, String key, List<String> values) {

  boolean test(Map<String, String> context) {
    return operator.test(lookup(context, key), values);
  }

  private static String lookup(Map<String, String> context, String key) {
    String exact = context.get(key);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<String, String> entry : context.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(key)) {
        return entry.getValue();
      }
    }
    return null;
  }
}
