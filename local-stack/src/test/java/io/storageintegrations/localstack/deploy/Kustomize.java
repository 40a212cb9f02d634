package io.storageintegrations.localstack.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.localstack.compose.RepoRoot;
import io.storageintegrations.localstack.compose.Yamls;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.Yaml;

/** The objects {@code kubectl kustomize} renders from a directory under deploy/k8s. */
final class Kustomize {

  private final List<Map<String, Object>> objects;

  private Kustomize(List<Map<String, Object>> objects) {
    this.objects = objects;
  }

  static Kustomize render(String directory) {
    Tool.assumeInstalled("kubectl");
    Tool.Result result =
        Tool.run("kubectl", "kustomize", RepoRoot.path("deploy/k8s/" + directory).toString());
    assertThat(result.exitCode()).as("kubectl kustomize: " + result.output()).isZero();
    List<Map<String, Object>> objects = new ArrayList<>();
    for (Object document : new Yaml().loadAll(result.output())) {
      if (document != null) {
        objects.add(Yamls.map(document));
      }
    }
    return new Kustomize(objects);
  }

  List<Map<String, Object>> all() {
    return objects;
  }

  List<Map<String, Object>> ofKind(String kind) {
    return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
  }

  Map<String, Object> get(String kind, String name) {
    return ofKind(kind).stream()
        .filter(o -> name.equals(Yamls.at(o, "metadata", "name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in " + names()));
  }

  List<String> names() {
    return objects.stream()
        .map(o -> o.get("kind") + "/" + Yamls.at(o, "metadata", "name"))
        .toList();
  }

  /** The first container of a Deployment. */
  static Map<String, Object> container(Map<String, Object> deployment) {
    return Yamls.map(
        Yamls.list(Yamls.at(deployment, "spec", "template", "spec", "containers")).get(0));
  }

  /** A container's plain environment values (secret references excluded). */
  static Map<String, String> env(Map<String, Object> container) {
    Map<String, String> env = new java.util.LinkedHashMap<>();
    for (Object entry : Yamls.list(container.get("env"))) {
      Map<String, Object> variable = Yamls.map(entry);
      env.put((String) variable.get("name"), Objects.toString(variable.get("value"), null));
    }
    return env;
  }
}
