package io.storageintegrations.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.aliyuncs.exceptions.ClientException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts STS failures as the core SDK reports them. */
final class StsErrors {

  private StsErrors() {}

  static ClientException failure(ThrowingCallable call) {
    ClientException e = catchThrowableOfType(ClientException.class, call);
    assertThat(e).as("expected the SDK call to fail").isNotNull();
    return e;
  }

  static void assertCode(ThrowingCallable call, String code) {
    assertThat(failure(call).getErrCode()).isEqualTo(code);
  }
}
