package io.storageintegrations.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parsed command line: {@code --name value} options, {@code --flag}s, and positional words. */
record Args(List<String> positional, Map<String, String> options) {

  private static final List<String> FLAGS = List.of("json", "help");

  static Args parse(String[] argv) {
    List<String> positional = new ArrayList<>();
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < argv.length; i++) {
      String arg = argv[i];
      if (arg.startsWith("--")) {
        String name = arg.substring(2);
        int eq = name.indexOf('=');
        if (eq >= 0) {
          options.put(name.substring(0, eq), name.substring(eq + 1));
        } else if (FLAGS.contains(name)) {
          options.put(name, "true");
        } else if (i + 1 < argv.length) {
          options.put(name, argv[++i]);
        } else {
          throw new UsageException("option --" + name + " needs a value");
        }
      } else {
        positional.add(arg);
      }
    }
    return new Args(List.copyOf(positional), Map.copyOf(options));
  }

  boolean flag(String name) {
    return options.containsKey(name);
  }

  String option(String name) {
    return options.get(name);
  }

  String required(String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new UsageException("missing --" + name);
    }
    return value;
  }

  String word(int index, String what) {
    if (positional.size() <= index) {
      throw new UsageException("missing " + what);
    }
    return positional.get(index);
  }

  /** A wrong command line; the CLI prints the message and the usage, and exits with 2. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }
}
