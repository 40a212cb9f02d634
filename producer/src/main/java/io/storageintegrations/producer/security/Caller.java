package io.storageintegrations.producer.security;

import java.util.Set;

/**
 * Who is calling: the projects the API key may see, or an operator who sees them all; {@code job}
 * for a job key, which may only ask for credentials.
 */
public record Caller(String name, Set<String> projects, boolean operator, boolean job) {

  public Caller {
    projects = Set.copyOf(projects);
  }

  public Caller(String name, Set<String> projects, boolean operator) {
    this(name, projects, operator, false);
  }

  public boolean canAccess(String projectId) {
    return operator || projects.contains(projectId);
  }

  public static Caller system() {
    return new Caller("system", Set.of(), true);
  }
}
