package io.storageintegrations.model.message;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storageintegrations.model.topic.MessageType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whatever is wrong with a payload, reading it throws MessageFormatException naming the problem.
 */
class MessageCodecEdgeCasesTests {

  static final String ERRORED =
      MessageCodec.toJsonString(Samples.ALL.get(MessageType.VALIDATION_ERRORED));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"retryable\":true|\"retryable\":\"yes\"|field 'retryable' has the wrong type (expected a boolean)",
        "\"revision\":3|\"revision\":1.5|field 'revision' has an invalid value for an integer",
        "\"revision\":3|\"revision\":99999999999999999999999|field 'revision'",
        "\"checks\":[|\"checks\":\"none\",\"x\":[|field 'checks' has the wrong type (expected an array)",
        "\"checks\":[|\"checks\":[null,|field 'checks[0]' must not be null",
        "\"reason\":\"RETRIES_EXHAUSTED\"|\"reason\":\"BROKEN\"|field 'reason' has unknown value 'BROKEN'",
        "\"reason\":\"RETRIES_EXHAUSTED\"|\"reason\":1|field 'reason'",
        "\"kind\":\"CREATE\"|\"kind\":0|field 'kind'",
        "\"attempts\":1|\"attempts\":-|not valid JSON",
        "}|}}|not valid JSON",
      })
  void failsWithASpecificReason(String from, String to, String reason) {
    String json =
        ERRORED.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));

    assertThatThrownBy(() -> MessageCodec.fromJson(json, ValidationErrored.class))
        .isInstanceOf(MessageFormatException.class)
        .hasMessageStartingWith("ValidationErrored: " + reason);
  }
}
