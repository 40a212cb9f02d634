package io.storageintegrations.localstack.demo;

/**
 * One demo situation: the integration the customer asks for, how the customer set up their side
 * (correctly or with one mistake), and the state the system should arrive at.
 *
 * @param name the integration's name (unique in the project)
 * @param bucketRegion where the bucket really is; {@code null} when the bucket does not exist
 * @param declaredRegion the region the customer enters
 */
record Scenario(
    String title,
    String name,
    String access,
    String bucket,
    String bucketRegion,
    String declaredRegion,
    String expectedState,
    Mistake mistake) {

  /** What the customer got wrong, applied to their side before the integration is created. */
  enum Mistake {
    NONE,
    BUCKET_ELSEWHERE,
    PERMISSION_MISSING,
    ROLE_MISSING,
    EXTERNAL_ID_WRONG,
    EXTERNAL_ID_NOT_ENFORCED,
    BUCKET_MISSING,
    TRANSIENT_FAULT
  }
}
