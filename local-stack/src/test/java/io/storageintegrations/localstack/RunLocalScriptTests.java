package io.storageintegrations.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.localstack.compose.RepoRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** run-local.sh checks its options before it builds anything. */
class RunLocalScriptTests {

  private static final Pattern OPTION = Pattern.compile("--[a-z-]+");

  @Test
  void anUnknownOptionIsRefusedBeforeTheBuildWhereverItStands() throws Exception {
    Result result = runScript("--no-demo", "--skip-build", "--bogus");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.output()).contains("unknown option --bogus").doesNotContain("Building");
  }

  @Test
  void anOptionMissingItsValueIsRefusedBeforeTheBuild() throws Exception {
    Result result = runScript("--clean", "--kafka-port");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.output()).contains("--kafka-port needs a value").doesNotContain("Building");
  }

  @Test
  void theScriptKnowsExactlyTheLaunchersOptions() throws IOException {
    String script = Files.readString(RepoRoot.path("run-local.sh"));
    String caseBlock = script.substring(script.indexOf("case \"$arg\" in"), script.indexOf("esac"));

    assertThat(options(caseBlock)).isEqualTo(options(StackOptions.USAGE));
  }

  private static Set<String> options(String text) {
    Set<String> options = new TreeSet<>();
    Matcher matcher = OPTION.matcher(text);
    while (matcher.find()) {
      options.add(matcher.group());
    }
    return options;
  }

  private record Result(int exitCode, String output) {}

  private static Result runScript(String... args) throws Exception {
    String[] command = new String[args.length + 2];
    command[0] = "sh";
    command[1] = RepoRoot.path("run-local.sh").toString();
    System.arraycopy(args, 0, command, 2, args.length);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    // Bounded: a script that went on to build would be stopped here, and fail the exit-code check.
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return new Result(-1, "did not stop before building");
    }
    return new Result(
        process.exitValue(),
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
  }
}
