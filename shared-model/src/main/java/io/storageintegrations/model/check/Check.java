package io.storageintegrations.model.check;

/** The validation checks, in the order their results are reported (DESIGN §4). */
public enum Check {
  REQUEST,
  REGION_MATCHES_CLUSTER,
  ROLE_ASSUMABLE,
  EXTERNAL_ID_ENFORCED,
  BUCKET_EXISTS_IN_REGION,
  LIST,
  WRITE,
  READ
}
