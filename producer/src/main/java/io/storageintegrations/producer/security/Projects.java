package io.storageintegrations.producer.security;

import io.storageintegrations.producer.problem.ApiException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Decides which project a call is about and whether the caller may act on it. */
@Component
public class Projects {

  private final ProjectProperties properties;

  Projects(ProjectProperties properties) {
    this.properties = properties;
  }

  /**
   * The project named in the call, or the caller's only project when none is named. A project the
   * caller may not see is refused (403), whether it exists or not; one it may see that this
   * producer does not serve (not in {@code storage-integrations.projects}) is not found (404), for
   * every call that names a project: list, create, validate, materials, status stream.
   */
  public String resolve(Caller caller, String requested) {
    String projectId = requested;
    if (projectId == null || projectId.isBlank()) {
      if (caller.operator() || caller.projects().size() != 1) {
        throw ApiException.badRequest("projectId is required");
      }
      projectId = caller.projects().iterator().next();
    }
    if (!caller.canAccess(projectId)) {
      throw ApiException.forbidden("this API key may not act on project '" + projectId + "'");
    }
    configured(projectId);
    return projectId;
  }

  /** A project that must be configured (integrations need its cluster region). */
  public ProjectProperties.Project configured(String projectId) {
    return Optional.ofNullable(properties.projects().get(projectId))
        .orElseThrow(() -> ApiException.notFound("project '" + projectId + "' is not known"));
  }
}
