package io.storageintegrations.producer.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.storageintegrations.model.check.Check;
import io.storageintegrations.model.check.CheckStatus;
import io.storageintegrations.model.message.AccessMode;
import io.storageintegrations.model.message.CheckResult;
import io.storageintegrations.model.message.IntegrationRecord;
import io.storageintegrations.model.message.IntegrationState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExternalIdVerificationTests {

  private static final Instant VERIFIED = Instant.parse("2026-11-25T08:00:00.5Z");

  @Test
  void aPassingNegativeTestGivesTheTimeOfItsRealCallUnchanged() {
    CheckResult carried =
        new CheckResult(
            Check.EXTERNAL_ID_ENFORCED,
            CheckStatus.PASS,
            "VERIFIED_RECENTLY",
            "not re-tested",
            null,
            0,
            0,
            VERIFIED);

    assertThat(ExternalIdVerification.lastVerified(record(carried))).isEqualTo(VERIFIED);
  }

  @Test
  void noTimeWhenTheNegativeTestDidNotPassOrRecordsPredateIt() {
    CheckResult warned =
        new CheckResult(
            Check.EXTERNAL_ID_ENFORCED, CheckStatus.WARN, "X", "m", null, 1, 3, VERIFIED);
    CheckResult older =
        new CheckResult(Check.EXTERNAL_ID_ENFORCED, CheckStatus.PASS, "OK", "m", null, 1, 3);
    CheckResult otherCheck =
        new CheckResult(Check.ROLE_ASSUMABLE, CheckStatus.PASS, "OK", "m", null, 1, 3, VERIFIED);

    assertThat(ExternalIdVerification.lastVerified(record(warned))).isNull();
    assertThat(ExternalIdVerification.lastVerified(record(older))).isNull();
    assertThat(ExternalIdVerification.lastVerified(record(otherCheck))).isNull();
  }

  private static IntegrationRecord record(CheckResult check) {
    return new IntegrationRecord(
        "int-1",
        "p1",
        "n",
        null,
        AccessMode.READ_ONLY,
        "b",
        "cn-hangzhou",
        "acs:ram::123456789012:role/r",
        "si-ext-0123456789abcdefghijklmn",
        IntegrationState.ACTIVE,
        List.of(check),
        VERIFIED.plusSeconds(5),
        List.of(),
        1,
        VERIFIED.plusSeconds(5));
  }
}
