package io.storageintegrations.producer.vending;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A vend answered with a problem: its status, type, title, detail and extra members (the state, the
 * failing check, the diagnosis). Messages never carry a credential.
 */
final class VendingRefused extends RuntimeException {

  private final HttpStatus status;
  private final String type;
  private final String title;
  private final Map<String, Object> properties;

  VendingRefused(
      HttpStatus status, String type, String title, String detail, Map<String, Object> properties) {
    super(detail, null, false, false);
    this.status = status;
    this.type = type;
    this.title = title;
    this.properties = properties;
  }

  HttpStatus status() {
    return status;
  }

  String type() {
    return type;
  }

  String title() {
    return title;
  }

  Map<String, Object> properties() {
    return properties;
  }
}
