package io.storageintegrations.localstack.export;

import io.storageintegrations.client.CredentialsClient;
import io.storageintegrations.localstack.Console;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/**
 * The demo's export job: through the ACTIVE read-write integration, with the local profile's job
 * key, writes a 640 KiB backup in 3 parts under {@code exports/<time>/}, verifies it, and shows
 * that a write outside that prefix is denied.
 */
public final class ExportDemo {

  /** The job key of the producer's {@code local} profile (application-local.yml). */
  public static final String DEMO_JOB_KEY = "demo-job-key";

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC);

  private final URI producerUrl;
  private final Console console;

  public ExportDemo(URI producerUrl, Console console) {
    this.producerUrl = producerUrl;
    this.console = console;
  }

  /** True when the backup was verified and the write outside the prefix was denied. */
  public boolean run(String integrationName, String integrationId) {
    console.line(
        "Backup export: a job uses integration "
            + integrationName
            + " ("
            + integrationId
            + ") with job key 'demo-export-job'");
    String prefix = "exports/" + STAMP.format(Instant.now()) + "/";
    byte[] backup = new byte[640 * 1024];
    new Random(42).nextBytes(backup);
    BackupExport.Result result =
        new BackupExport(new CredentialsClient(producerUrl, DEMO_JOB_KEY))
            .export(integrationId, prefix, "backup.bin", backup, 256 * 1024);
    console.line(
        "  vended READ_WRITE credentials for "
            + prefix
            + " (expire "
            + result.credentials().expiration()
            + ")");
    console.line(
        "  uploaded "
            + result.key()
            + ": "
            + result.parts()
            + " parts, "
            + result.bytes()
            + " bytes, CRC-64 "
            + Long.toUnsignedString(result.crc64())
            + " checked by the SDK");
    console.line(
        result.verified()
            ? "  listed it back under the prefix and read it: size and CRC-64 match"
            : "  FAILED: the object listed or read back does not match what was written");
    String outside = "elsewhere/" + STAMP.format(Instant.now()) + ".bin";
    String denied = BackupExport.tryWriteOutside(result.credentials(), outside);
    console.line(
        "AccessDenied".equals(denied)
            ? "  a write outside the prefix (" + outside + ") was denied: AccessDenied, as expected"
            : "  FAILED: a write outside the prefix (" + outside + ") answered " + denied);
    return result.verified() && "AccessDenied".equals(denied);
  }
}
