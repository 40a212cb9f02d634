package io.storageintegrations.emulator;

/** Names from seeds/demo.yaml used across the tests. */
final class Demo {

  static final String PLATFORM = "1000000000000001";
  static final String ACME = "2000000000000001";
  static final String GLOBEX = "2000000000000002";
  static final String VALIDATOR_KEY = "LTAI5tPlatformValidator01";
  static final String VALIDATOR_SECRET = "PlatformValidatorSecret0000001";
  static final String DISABLED_KEY = "LTAI5tPlatformDisabled001";
  static final String DISABLED_SECRET = "PlatformDisabledSecret00000001";
  static final String NO_STS_KEY = "LTAI5tPlatformNoSts00001";
  static final String NO_STS_SECRET = "PlatformNoStsSecret0000000001";
  static final String PLATFORM_ROOT_KEY = "LTAI5tPlatformRootKey0001";
  static final String PLATFORM_ROOT_SECRET = "PlatformRootSecret000000000001";
  static final String ACME_ROOT_KEY = "LTAI5tAcmeRootKey0000001";
  static final String ACME_ROOT_SECRET = "AcmeRootSecret0000000000000001";
  static final String RW_EXTERNAL_ID = "si-ext-acme-rw-6f1c0b7d2e9a4c35";
  static final String RO_EXTERNAL_ID = "si-ext-acme-ro-0a8e4d2b7c1f6e93";
  static final String PARTIAL_EXTERNAL_ID = "si-ext-acme-partial-9c2e7a4f0b6d1835";

  private Demo() {}

  static String acmeRole(String name) {
    return "acs:ram::" + ACME + ":role/" + name;
  }
}
