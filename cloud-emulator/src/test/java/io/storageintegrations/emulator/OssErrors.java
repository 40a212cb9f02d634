package io.storageintegrations.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyun.oss.OSSException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts OSS failures as aliyun-sdk-oss reports them. */
final class OssErrors {

  private OssErrors() {}

  static OSSException failure(ThrowingCallable call) {
    OSSException e = catchThrowableOfType(OSSException.class, call);
    assertThat(e).as("expected the OSS call to fail").isNotNull();
    return e;
  }

  static OSSException assertCode(ThrowingCallable call, String code) {
    OSSException e = failure(call);
    assertThat(e.getErrorCode()).as(e.getErrorMessage()).isEqualTo(code);
    assertThat(e.getRequestId()).isNotBlank();
    return e;
  }
}
