package io.storageintegrations.emulator.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads seeds from {@code classpath:...}, a file path, or text; YAML and JSON both work. */
public final class SeedLoader {

  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private SeedLoader() {}

  public static Seed load(String location) {
    return parse(read(location), location);
  }

  public static Seed parse(String text, String source) {
    try {
      Seed seed = YAML.readValue(text, Seed.class);
      if (seed == null) {
        throw new SeedException("seed " + source + ": the document is empty");
      }
      return seed;
    } catch (UnrecognizedPropertyException e) {
      String known =
          e.getKnownPropertyIds() == null
              ? ""
              : " (known: "
                  + e.getKnownPropertyIds().stream()
                      .map(String::valueOf)
                      .sorted()
                      .collect(Collectors.joining(", "))
                  + ")";
      throw new SeedException(
          "seed "
              + source
              + ": "
              + lineOf(text, e.getPropertyName(), e.getLocation())
              + "unknown field '"
              + e.getPropertyName()
              + "' at "
              + path(e)
              + known,
          e);
    } catch (JacksonException e) {
      throw new SeedException(
          "seed " + source + ": " + where(e.getLocation()) + e.getOriginalMessage() + pathSuffix(e),
          e);
    }
  }

  private static String read(String location) {
    if (location.startsWith("classpath:")) {
      String resource = location.substring("classpath:".length()).replaceFirst("^/", "");
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      if (loader == null) {
        loader = SeedLoader.class.getClassLoader();
      }
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in == null) {
          throw new SeedException("seed " + location + ": no such classpath resource");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new SeedException("seed " + location + ": " + e.getMessage(), e);
      }
    }
    try {
      return Files.readString(Path.of(location));
    } catch (NoSuchFileException e) {
      throw new SeedException("seed " + location + ": file not found");
    } catch (IOException e) {
      throw new SeedException("seed " + location + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * The YAML parser reports an unknown field where it stopped reading, often a later line; the line
   * that declares the field is the last one up to there that names it.
   */
  private static String lineOf(String text, String field, TokenStreamLocation reported) {
    String[] lines = text.split("\\R", -1);
    int last =
        reported != null && reported.getLineNr() > 0
            ? Math.min(reported.getLineNr(), lines.length)
            : lines.length;
    Pattern declares = Pattern.compile("^[\\s-]*[\"']?" + Pattern.quote(field) + "[\"']?\\s*:");
    for (int i = last - 1; i >= 0; i--) {
      if (declares.matcher(lines[i]).find() || lines[i].contains("\"" + field + "\"")) {
        return "line " + (i + 1) + ": ";
      }
    }
    return where(reported);
  }

  private static String where(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
  }

  private static String pathSuffix(JacksonException e) {
    String path = path(e);
    return path.isEmpty() ? "" : " (at " + path + ")";
  }

  static String path(JacksonException e) {
    StringBuilder out = new StringBuilder();
    for (JacksonException.Reference ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.toString();
  }
}
