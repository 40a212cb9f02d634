package io.storageintegrations.worker.cloud;

/** Every cloud call the worker makes; a low-cardinality metric tag. */
public enum CloudOperation {
  ASSUME_ROLE("sts:AssumeRole"),
  ASSUME_ROLE_WITHOUT_EXTERNAL_ID("sts:AssumeRole"),
  GET_BUCKET_LOCATION("oss:GetBucketLocation"),
  LIST_OBJECTS("oss:ListObjects"),
  PUT_OBJECT("oss:PutObject"),
  GET_OBJECT("oss:GetObject"),
  /** The start-up check of the platform's own key; no permission needed. */
  GET_CALLER_IDENTITY("sts:GetCallerIdentity");

  private final String action;

  CloudOperation(String action) {
    this.action = action;
  }

  /** The RAM action that authorizes this call. */
  public String action() {
    return action;
  }

  /** Calls that take a permit of the shared AssumeRole quota. */
  public boolean usesAssumeRoleQuota() {
    return this == ASSUME_ROLE || this == ASSUME_ROLE_WITHOUT_EXTERNAL_ID;
  }
}
