package io.storageintegrations.emulator.oss;

import java.util.LinkedHashMap;
import java.util.Map;

/** Aborts OSS request handling; {@code extra} adds elements such as Endpoint or StringToSign. */
final class OssException extends RuntimeException {

  final OssError error;
  final Map<String, String> extra = new LinkedHashMap<>();
  private String ec;

  OssException(OssError error) {
    this(error, error.message);
  }

  OssException(OssError error, String message) {
    super(message, null, false, false);
    this.error = error;
  }

  /** A more specific EC than the error's default (one code, several documented causes). */
  OssException withEc(String ec) {
    this.ec = ec;
    return this;
  }

  String ec() {
    return ec != null ? ec : error.ec;
  }

  OssException with(String element, String value) {
    extra.put(element, value);
    return this;
  }
}
