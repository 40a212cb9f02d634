package io.storageintegrations.producer.registry;

import io.storageintegrations.model.check.Check;
import io.storageintegrations.model.check.CheckStatus;
import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.CheckResult;
import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.IntegrationState;
import io.storageintegrations.model.message.MessageCodec;
import io.storageintegrations.model.message.OutcomeSummary;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A registry record's JSON as the view keeps it: deflated (fastest level) with a preset dictionary
 * of what every record repeats (field names, check and state names, the usual texts), about a sixth
 * of the JSON's size; inflated only when a record is read. The dictionary lives only in this
 * process's memory, so it may change between versions.
 */
final class CompactJson {

  private static final byte[] DICTIONARY = MessageCodec.toJson(typicalRecord());
  private static final ThreadLocal<Deflater> DEFLATERS =
      ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));
  private static final ThreadLocal<Inflater> INFLATERS =
      ThreadLocal.withInitial(() -> new Inflater(true));

  private CompactJson() {}

  /** The JSON's length in 4 bytes, then the deflated JSON. */
  static byte[] compress(byte[] json) {
    Deflater deflater = DEFLATERS.get();
    deflater.reset();
    deflater.setDictionary(DICTIONARY);
    deflater.setInput(json);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 4 + 16);
    out.write(json.length >>> 24);
    out.write(json.length >>> 16);
    out.write(json.length >>> 8);
    out.write(json.length);
    byte[] buffer = new byte[Math.max(256, json.length / 2)];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    return out.toByteArray();
  }

  static byte[] decompress(byte[] compact) {
    int length =
        (compact[0] & 0xff) << 24
            | (compact[1] & 0xff) << 16
            | (compact[2] & 0xff) << 8
            | (compact[3] & 0xff);
    Inflater inflater = INFLATERS.get();
    inflater.reset();
    // Raw deflate carries no dictionary ID: the dictionary is set before inflating.
    inflater.setDictionary(DICTIONARY);
    inflater.setInput(compact, 4, compact.length - 4);
    byte[] json = new byte[length];
    try {
      int read = 0;
      while (read < length && !inflater.finished()) {
        int n = inflater.inflate(json, read, length - read);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        read += n;
      }
      if (read != length) {
        throw new IllegalStateException(
            "compact registry record inflated to " + read + " of " + length + " bytes");
      }
      return json;
    } catch (DataFormatException e) {
      throw new IllegalStateException("corrupt compact registry record", e);
    }
  }

  /** What a record with every check and a full history looks like: the dictionary's content. */
  private static IntegrationRecord typicalRecord() {
    Instant at = Instant.parse("2026-01-01T00:00:00.000000Z");
    List<CheckResult> checks = new ArrayList<>();
    for (Check check : Check.values()) {
      checks.add(
          new CheckResult(
              check,
              CheckStatus.PASS,
              "OK",
              "passed for bucket in region cn-hangzhou with role acs:ram::",
              "Nothing to do. Add the RAM policy action oss: on Resource acs:oss:*:*: and the"
                  + " trust policy's sts:ExternalId condition",
              1,
              100));
    }
    List<OutcomeSummary> history = new ArrayList<>();
    for (IntegrationState state : IntegrationState.values()) {
      history.add(new OutcomeSummary(1, state, "revalidation requested", "requestId", at));
      history.add(new OutcomeSummary(2, state, "validated", "-", at));
    }
    return new IntegrationRecord(
        "integ-",
        "project",
        "name",
        "description",
        AccessMode.READ_WRITE,
        "bucket",
        "cn-hangzhou",
        "acs:ram::role/",
        "externalId",
        IntegrationState.ACTIVE,
        checks,
        at,
        history,
        1,
        at,
        at);
  }
}
