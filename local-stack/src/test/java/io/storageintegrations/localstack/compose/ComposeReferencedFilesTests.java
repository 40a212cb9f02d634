package io.storageintegrations.localstack.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ComposeReferencedFilesTests {

  private final ComposeFile compose = ComposeFile.load();

  @Test
  void everyBuiltServiceHasItsDockerfile() {
    int built = 0;
    for (String service : compose.services().keySet()) {
      Object context = Yamls.at(compose.service(service), "build", "context");
      if (context == null) {
        continue;
      }
      built++;
      Path dockerfile =
          RepoRoot.path(context.toString())
              .resolve(String.valueOf(Yamls.at(compose.service(service), "build", "dockerfile")));

      assertThat(dockerfile).as(service).isRegularFile();
      assertThat(ComposeFile.readText(dockerfile))
          .as(service)
          .contains("FROM eclipse-temurin:17-jre")
          .contains("ARG VERSION=" + projectVersion())
          .containsPattern("COPY target/[a-z-]+-\\$\\{VERSION}-exec\\.jar ");
    }
    assertThat(built).isEqualTo(3);
  }

  @Test
  void appsBuildTheExecJarTheirDockerfilesCopy() {
    for (String module : new String[] {"producer", "worker", "cloud-emulator"}) {
      assertThat(ComposeFile.readText(RepoRoot.path(module + "/pom.xml")))
          .as(module)
          .containsPattern("<(classifier|shadedClassifierName)>exec</");
      assertThat(ComposeFile.readText(RepoRoot.path(module + "/Dockerfile")))
          .contains("COPY target/" + module + "-${VERSION}-exec.jar /app/" + module + ".jar");
    }
  }

  /** The root pom's version: the one the Dockerfiles must copy. */
  private static String projectVersion() {
    java.util.regex.Matcher matcher =
        java.util.regex.Pattern.compile(
                "<artifactId>storage-integrations</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(ComposeFile.readText(RepoRoot.path("pom.xml")));
    assertThat(matcher.find()).as("root pom version").isTrue();
    return matcher.group(1);
  }

  @Test
  void everyBindMountedFileExists() {
    int mounts = 0;
    for (String service : compose.services().keySet()) {
      for (Path source : compose.bindMountSources(service)) {
        mounts++;
        assertThat(source).as(service + " mounts " + source).exists();
      }
    }
    assertThat(mounts).isGreaterThanOrEqualTo(5);
  }
}
