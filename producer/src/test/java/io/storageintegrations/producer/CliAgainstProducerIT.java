package io.storageintegrations.producer;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.cli.Main;
import io.storageintegrations.model.message.RequestKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The operator CLI against a real producer: every command, readable and --json. */
class CliAgainstProducerIT extends ProducerItSupport {

  private record Run(int code, String out, String err) {}

  private Run si(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of("SI_URL", api.base(), "SI_API_KEY", P1));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void operatorWorkflowFromMaterialsToDelete() {
    Run materials =
        si(
            "materials",
            "--project",
            "p1",
            "--bucket",
            "cli-bucket",
            "--region",
            "cn-hangzhou",
            "--access",
            "READ_ONLY");
    assertThat(materials.code()).as(materials.err()).isZero();
    assertThat(materials.out())
        .contains("RAM permission policy")
        .contains("acs:oss:*:*:cli-bucket");
    Matcher externalId = Pattern.compile("External ID: +(\\S+)").matcher(materials.out());
    assertThat(externalId.find()).isTrue();

    String name = unique("cli");
    Run created =
        si(
            "create",
            "--project",
            "p1",
            "--name",
            name,
            "--access",
            "READ_ONLY",
            "--bucket",
            "cli-bucket",
            "--region",
            "cn-hangzhou",
            "--role-arn",
            "acs:ram::123456789012:role/cli-role",
            "--external-id",
            externalId.group(1));
    assertThat(created.code()).as(created.err()).isZero();
    assertThat(created.out()).contains(name).contains("PENDING").contains("accepted");
    String id = created.out().substring(0, created.out().indexOf(' '));

    awaitDescribe(P1, id, inState("PENDING"));
    worker.failed(id, "p1", 1, latestRequestId(P1, id), RequestKind.CREATE);
    awaitDescribe(P1, id, inState("INVALID"));

    Run described = si("describe", id);
    assertThat(described.out())
        .contains("INVALID")
        .contains("FAIL  ROLE_ASSUMABLE")
        .contains("fix: ");
    Run listed = si("list", "--project", "p1", "--state", "INVALID", "--size", "100");
    assertThat(listed.out()).contains(id);
    Run json = si("--json", "describe", id);
    assertThat(json.out()).contains("\"integrationId\" : \"" + id + "\"");
    Run revalidated = si("revalidate", id);
    assertThat(revalidated.code()).isZero();
    Run deleted = si("delete", id, "--wait", "PT5S");
    assertThat(deleted.out()).startsWith("deleted " + id);

    Run missing = si("describe", id);
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("error 404");
  }

  @Test
  void aDryRunNeedsNoNameAndItsResultIsReadable() {
    Run validated =
        si(
            "validate",
            "--project",
            "p1",
            "--access",
            "READ_ONLY",
            "--bucket",
            "cli-bucket",
            "--region",
            "cn-hangzhou",
            "--role-arn",
            "acs:ram::123456789012:role/cli-role",
            "--external-id",
            mintExternalId(P1, "p1"));

    assertThat(validated.code()).as(validated.err()).isZero();
    assertThat(validated.out()).contains("PENDING");
    String id = validated.out().substring(0, validated.out().indexOf(' '));
    assertThat(id).startsWith("valid-");
    worker.validated(id, "p1", 0, WorkerStandIn.newRequestId(), RequestKind.VALIDATE);
    Api.Response result = api.get(P1, "/v1/storage-integrations/validations/" + id + "?wait=PT5S");
    assertThat(result.text("status")).isEqualTo("PASSED");
  }

  @Test
  void fieldErrorsArePrintedPerField() {
    Run bad =
        si(
            "create",
            "--project",
            "p1",
            "--name",
            "9bad",
            "--access",
            "READ_ONLY",
            "--bucket",
            "B!",
            "--region",
            "cn-hangzhou",
            "--role-arn",
            "x",
            "--external-id",
            "y");
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err())
        .contains("error 400")
        .contains("name: ")
        .contains("bucket: ")
        .contains("roleArn: ");
  }
}
