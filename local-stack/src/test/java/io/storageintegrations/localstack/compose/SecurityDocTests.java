package io.storageintegrations.localstack.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/security.md names, for every control, the tests that prove it: each named test class exists
 * and has the named test method, so the table cannot drift from the code.
 */
class SecurityDocTests {

  private static final Pattern NAME = Pattern.compile("`(…|[A-Z]\\w*)(?:\\.(\\w+))?`");

  @Test
  void everyControlNamesTestsThatExist() {
    String doc = ComposeFile.readText(RepoRoot.path("docs/security.md"));
    String table = doc.substring(doc.indexOf("## Controls and their tests"));
    table = table.substring(0, table.indexOf("\n## ", 5));
    List<String> rows =
        table.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| control")).toList();

    assertThat(rows).hasSizeGreaterThanOrEqualTo(15);
    for (String row : rows) {
      String tests = row.substring(row.lastIndexOf(" | ") + 3);
      Matcher matcher = NAME.matcher(tests);
      String lastClass = null;
      int named = 0;
      while (matcher.find()) {
        String cls = matcher.group(1).equals("…") ? lastClass : matcher.group(1);
        if (!cls.endsWith("IT") && !cls.endsWith("Tests")) {
          continue; // an identifier quoted in prose
        }
        lastClass = cls;
        named++;
        List<Path> sources = testSources(cls);
        assertThat(sources).as(row + ": test class " + cls).isNotEmpty();
        if (matcher.group(2) != null) {
          String method = matcher.group(2);
          assertThat(sources)
              .as(row + ": " + cls + "." + method)
              .anySatisfy(
                  p -> assertThat(ComposeFile.readText(p)).contains("void " + method + "("));
        }
      }
      assertThat(named).as(row).isPositive();
    }
  }

  private static List<Path> testSources(String cls) {
    List<Path> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(RepoRoot.path("."))) {
      files
          .filter(p -> p.toString().contains("/src/test/java/"))
          .filter(p -> p.getFileName().toString().equals(cls + ".java"))
          .forEach(found::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }
}
