package io.storageintegrations.localstack.compose;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/** Untyped YAML trees as maps and lists, absent nodes as empty ones. */
public final class Yamls {

  private Yamls() {}

  public static Map<String, Object> read(Path path) {
    try (Reader reader = Files.newBufferedReader(path)) {
      return map(new Yaml().load(reader));
    } catch (IOException e) {
      throw new AssertionError("cannot read " + path, e);
    }
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> map(Object node) {
    return node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  public static List<Object> list(Object node) {
    return node instanceof List<?> list ? List.copyOf(list) : List.of();
  }

  /** Follows a path of keys, e.g. {@code at(service, "deploy", "replicas")}. */
  public static Object at(Map<String, Object> node, String... keys) {
    Object current = node;
    for (String key : keys) {
      current = map(current).get(key);
    }
    return current;
  }
}
