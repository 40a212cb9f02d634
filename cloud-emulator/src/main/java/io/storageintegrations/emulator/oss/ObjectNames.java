package io.storageintegrations.emulator.oss;

import java.nio.charset.StandardCharsets;

/**
 * OSS object-name rules: 1 to 1,023 bytes of UTF-8, not starting with {@code /} or {@code \} (ECs
 * 0016-00000001, -00000002, -00000005).
 */
final class ObjectNames {

  static final int MAX_BYTES = 1023;

  private ObjectNames() {}

  static void check(String key) {
    if (key.isEmpty()) {
      throw invalid(key, "0016-00000001");
    }
    if (key.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw invalid(key, "0016-00000002");
    }
    if (key.startsWith("/") || key.startsWith("\\")) {
      throw invalid(key, "0016-00000005");
    }
  }

  private static OssException invalid(String key, String ec) {
    String shown = key.length() > 64 ? key.substring(0, 64) + "…" : key;
    return new OssException(OssError.INVALID_OBJECT_NAME).withEc(ec).with("ObjectName", shown);
  }
}
