package io.storageintegrations.localstack.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * docker-compose.yml read as plain YAML (SnakeYAML resolves the {@code <<} merge keys as Compose
 * does), with the few accessors the tests need. There is no Docker engine here, so reading the file
 * is how the tests keep it correct.
 */
final class ComposeFile {

  private final Map<String, Object> root;

  private ComposeFile(Map<String, Object> root) {
    this.root = root;
  }

  static ComposeFile load() {
    return new ComposeFile(Yamls.read(RepoRoot.path("docker-compose.yml")));
  }

  Map<String, Object> services() {
    return Yamls.map(root.get("services"));
  }

  Map<String, Object> service(String name) {
    Map<String, Object> service = Yamls.map(services().get(name));
    if (service.isEmpty()) {
      throw new AssertionError("docker-compose.yml has no service " + name);
    }
    return service;
  }

  Map<String, Object> network(String name) {
    return Yamls.map(Yamls.map(root.get("networks")).get(name));
  }

  /** The service's environment, from either the map or the {@code KEY=value} list form. */
  Map<String, String> environment(String service) {
    Object env = service(service).get("environment");
    if (env instanceof List<?> list) {
      return list.stream()
          .map(String::valueOf)
          .map(entry -> entry.split("=", 2))
          .collect(Collectors.toMap(kv -> kv[0], kv -> kv.length > 1 ? kv[1] : ""));
    }
    return Yamls.map(env).entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> String.valueOf(e.getValue())));
  }

  /** Short-syntax port mappings such as {@code "8080:8080"}. */
  List<String> ports(String service) {
    return Yamls.list(service(service).get("ports")).stream().map(String::valueOf).toList();
  }

  /** Short-syntax volumes such as {@code ./deploy/x.yml:/etc/x.yml:ro}. */
  List<String> volumes(String service) {
    return Yamls.list(service(service).get("volumes")).stream().map(String::valueOf).toList();
  }

  /** The host side of every bind mount ({@code ./...}), resolved against the repository root. */
  List<Path> bindMountSources(String service) {
    return volumes(service).stream()
        .filter(volume -> volume.startsWith("./"))
        .map(volume -> RepoRoot.path(volume.substring(2, volume.indexOf(':'))))
        .toList();
  }

  /** The container side of the bind mount whose host side is {@code hostPath}. */
  String mountTarget(String service, String hostPath) {
    return volumes(service).stream()
        .filter(volume -> volume.startsWith(hostPath + ":"))
        .map(volume -> volume.split(":")[1])
        .findFirst()
        .orElseThrow(() -> new AssertionError(service + " does not mount " + hostPath));
  }

  static String readText(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + path, e);
    }
  }
}
