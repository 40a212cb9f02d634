package io.storageintegrations.worker.cloud;

import com.aliyun.oss.common.auth.Credentials;
import com.aliyun.oss.common.auth.CredentialsProvider;
import java.util.function.Supplier;

/**
 * Lets one pooled OSS client sign each call with the calling validation's temporary credentials:
 * the SDK asks its provider for credentials on the calling thread when it builds the request, so a
 * thread-bound value is exactly the validation's. Nothing bound means no call: there is no
 * fallback.
 */
final class ThreadBoundCredentials implements CredentialsProvider {

  private final ThreadLocal<Credentials> bound = new ThreadLocal<>();

  <T> T with(Credentials credentials, Supplier<T> call) {
    bound.set(credentials);
    try {
      return call.get();
    } finally {
      bound.remove();
    }
  }

  @Override
  public Credentials getCredentials() {
    Credentials credentials = bound.get();
    if (credentials == null) {
      throw new IllegalStateException("OSS call without bound credentials");
    }
    return credentials;
  }

  @Override
  public void setCredentials(Credentials credentials) {
    throw new UnsupportedOperationException("credentials are bound per call");
  }
}
