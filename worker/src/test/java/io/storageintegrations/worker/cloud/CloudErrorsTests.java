package io.storageintegrations.worker.cloud;

import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.oss.OSSException;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.exceptions.ServerException;
import io.storageintegrations.model.check.ErrorClass;
import org.junit.jupiter.api.Test;

class CloudErrorsTests {

  private static CloudCallException of(Throwable sdk) {
    return (CloudCallException) CloudErrors.translate(CloudOperation.ASSUME_ROLE, sdk);
  }

  @Test
  void stsErrorsAreClassifiedByCode() {
    assertThat(of(new ClientException("NoPermission", "no", "rid")).errorClass())
        .isEqualTo(ErrorClass.CUSTOMER);
    assertThat(of(new ClientException("EntityNotExist.Role", "no", "rid")).errorClass())
        .isEqualTo(ErrorClass.CUSTOMER);
    assertThat(of(new ClientException("Throttling.User", "slow down", "rid")).errorClass())
        .isEqualTo(ErrorClass.TRANSIENT);
    assertThat(of(new ServerException("InternalError", "oops", "rid")).errorClass())
        .isEqualTo(ErrorClass.TRANSIENT);
    assertThat(of(new ClientException("SDK.InvalidAccessKeySecret", "bad", "rid")).errorClass())
        .isEqualTo(ErrorClass.PLATFORM);
    assertThat(of(new ClientException("InvalidAccessKeyId.NotFound", "bad", "rid")).errorClass())
        .isEqualTo(ErrorClass.PLATFORM);
  }

  @Test
  void transportFailuresWithoutAnswerAreTransient() {
    assertThat(
            of(new ClientException("SDK.ServerUnreachable", "down", (Throwable) null)).errorClass())
        .isEqualTo(ErrorClass.TRANSIENT);
    assertThat(
            of(new ClientException("SDK.RequestTryOrRetryFailed", "x", (Throwable) null))
                .errorClass())
        .isEqualTo(ErrorClass.TRANSIENT);
    assertThat(of(new com.aliyun.oss.ClientException("SocketTimeout", "slow", "rid")).errorClass())
        .isEqualTo(ErrorClass.TRANSIENT);
  }

  @Test
  void ossErrorsAreClassifiedByCodeAndCarryNoSdkMessage() {
    OSSException denied =
        new OSSException(
            "StringToSign: x-oss-security-token:CAISsecret",
            "AccessDenied",
            "rid",
            "host",
            null,
            null,
            null);
    CloudCallException error = of(denied);

    assertThat(error.errorClass()).isEqualTo(ErrorClass.CUSTOMER);
    assertThat(error.code()).isEqualTo("AccessDenied");
    assertThat(error.getMessage()).doesNotContain("CAIS");
    assertThat(error.getCause()).isNull();
    assertThat(
            of(new OSSException("m", "ServiceUnavailable", "r", "h", null, null, null))
                .errorClass())
        .isEqualTo(ErrorClass.TRANSIENT);
    assertThat(
            of(new OSSException("m", "RequestTimeTooSkewed", "r", "h", null, null, null))
                .errorClass())
        .isEqualTo(ErrorClass.PLATFORM);
  }

  @Test
  void answersWithoutAReadableErrorDocumentAreTransient() {
    CloudCallException bodyless =
        of(
            new OSSException(
                "No body in response, http status code 503",
                "Unknown",
                null,
                null,
                null,
                null,
                null));
    assertThat(bodyless.errorClass()).isEqualTo(ErrorClass.TRANSIENT);
    assertThat(bodyless.httpStatus()).isEqualTo(503);
    assertThat(
            of(new OSSException("Failed to parse", "InvalidResponse", null, null, null, null, null))
                .errorClass())
        .isEqualTo(ErrorClass.TRANSIENT);
    assertThat(of(new ClientException("Server response has a bad format type")).errorClass())
        .isEqualTo(ErrorClass.TRANSIENT);
  }

  @Test
  void unexpectedExceptionsAreThePlatformsProblem() {
    assertThat(of(new IllegalStateException("bug")).errorClass()).isEqualTo(ErrorClass.PLATFORM);
  }

  @Test
  void sessionNamesStayWithinStsLimits() {
    assertThat(StsGateway.sessionName("3f2b7c1e-8a9d-4b6e-9c2f-1a2b3c4d5e6f"))
        .matches("[A-Za-z0-9.@_-]{2,32}")
        .startsWith("si-3f2b7c1e");
  }

  @Test
  void codesAreReducedToASafeAlphabetAndLengthBeforeTheyReachAnEvent() {
    CloudCallException hostile =
        of(
            new OSSException(
                "<b>denied</b>",
                "Access Denied\n<script>alert(1)</script>",
                "r<1>",
                "h",
                null,
                null,
                null));
    assertThat(hostile.code())
        .matches("[A-Za-z0-9._-]{1,64}")
        .isEqualTo("AccessDeniedscriptalert1script");

    CloudCallException longCode = of(new ClientException("X".repeat(200), "m", "rid"));
    assertThat(longCode.code()).hasSize(64);
    assertThat(of(new ClientException("\u00e9\u00e9 ", "m", "rid")).code()).isEqualTo("Unknown");
    // A legitimate code is untouched and classified as before.
    CloudCallException real = of(new ClientException("EntityNotExist.Role", "no", "rid"));
    assertThat(real.code()).isEqualTo("EntityNotExist.Role");
    assertThat(real.errorClass()).isEqualTo(ErrorClass.CUSTOMER);
  }
}
