package io.storageintegrations.testsupport.kafka;

import io.storageintegrations.model.message.MessageCodec;
import java.nio.charset.StandardCharsets;

/**
 * An outcome's requestId read without a JSON tree, for readers of many outcomes whose own cost must
 * stay small next to what they measure; any other layout falls back to the tree.
 */
public final class OutcomeIds {

  private static final byte[] REQUEST_ID = "\"requestId\":\"".getBytes(StandardCharsets.US_ASCII);

  private OutcomeIds() {}

  public static String requestId(byte[] value) {
    int start = indexOf(value, REQUEST_ID);
    if (start >= 0) {
      start += REQUEST_ID.length;
      for (int end = start; end < value.length && value[end] != '\\'; end++) {
        if (value[end] == '"') {
          return new String(value, start, end - start, StandardCharsets.UTF_8);
        }
      }
    }
    var id = MessageCodec.mapper().readTree(value).get("requestId");
    return id == null ? "" : id.asString();
  }

  private static int indexOf(byte[] value, byte[] part) {
    outer:
    for (int i = 0; i <= value.length - part.length; i++) {
      for (int j = 0; j < part.length; j++) {
        if (value[i + j] != part[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
