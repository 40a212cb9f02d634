package io.storageintegrations.emulator.ram;

import java.util.List;

/**
 * One policy statement. Action/Resource lists are null when the statement uses NotAction /
 * NotResource instead; principals are null in identity policies.
 */
record Statement(
    Effect effect,
    List<String> actions,
    List<String> notActions,
    List<String> resources,
    List<String> notResources,
    List<String> principals,
    List<Condition> conditions) {

  boolean appliesTo(AccessRequest request) {
    return matchesAction(request.action())
        && matchesResource(request.resource())
        && matchesPrincipal(request.principals())
        && conditions.stream().allMatch(c -> c.test(request.context()));
  }

  private boolean matchesAction(String action) {
    if (actions != null) {
      return anyMatch(actions, action, true);
    }
    return !anyMatch(notActions, action, true);
  }

  private boolean matchesResource(String resource) {
    if (resources == null && notResources == null) {
      return true; // trust policies carry no Resource
    }
    if (resources != null) {
      return anyMatch(resources, resource, false);
    }
    return !anyMatch(notResources, resource, false);
  }

  private boolean matchesPrincipal(List<String> callerPrincipals) {
    if (principals == null) {
      return true;
    }
    for (String principal : principals) {
      if (principal.equals("*")
          || callerPrincipals.stream().anyMatch(principal::equalsIgnoreCase)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyMatch(List<String> patterns, String value, boolean ignoreCase) {
    for (String pattern : patterns) {
      if (Glob.matches(pattern, value, ignoreCase)) {
        return true;
      }
    }
    return false;
  }
}
