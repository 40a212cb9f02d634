package io.storageintegrations.model.rules;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * ExternalIds the platform mints, one per integration: a recognisable prefix and 40 random base62
 * characters, so no customer can choose or guess another's (DESIGN §5). Not a secret.
 */
public final class ExternalIds {

  public static final String PREFIX = "si-ext-";
  static final int RANDOM_LENGTH = 40;

  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final Pattern MINTED =
      Pattern.compile(Pattern.quote(PREFIX) + "[0-9A-Za-z]{" + RANDOM_LENGTH + "}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private ExternalIds() {}

  public static String mint() {
    StringBuilder id = new StringBuilder(PREFIX);
    for (int i = 0; i < RANDOM_LENGTH; i++) {
      id.append(BASE62.charAt(RANDOM.nextInt(BASE62.length())));
    }
    return id.toString();
  }

  /** Whether the value has the shape of an ExternalId this platform minted. */
  public static boolean looksMinted(String externalId) {
    return externalId != null && MINTED.matcher(externalId).matches();
  }
}
