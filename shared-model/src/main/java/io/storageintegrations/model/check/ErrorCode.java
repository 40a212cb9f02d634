package io.storageintegrations.model.check;

import static io.storageintegrations.model.check.ErrorClass.CUSTOMER;
import static io.storageintegrations.model.check.ErrorClass.PLATFORM;
import static io.storageintegrations.model.check.ErrorClass.TRANSIENT;

import java.util.Map;
import java.util.Set;

/**
 * The platform's diagnoses: each with its {@link ErrorClass}, the check that reports it, a message
 * template (what happened, with the values involved) and a remediation template (the exact fix).
 * Templates use named placeholders such as {@code {bucket}}; see {@link Templates}.
 */
public enum ErrorCode {
  REQUEST_INVALID(
      CUSTOMER,
      Check.REQUEST,
      "The request has invalid fields: {violations}.",
      "Correct the fields and submit again: {violations}."),
  REGION_MISMATCH_CLUSTER(
      CUSTOMER,
      Check.REGION_MATCHES_CLUSTER,
      "Bucket region {region} is not the cluster region {clusterRegion}.",
      "Use a bucket in {clusterRegion}, the cluster's region, or create the integration on a"
          + " cluster in {region}."),
  ROLE_NOT_FOUND(
      CUSTOMER,
      Check.ROLE_ASSUMABLE,
      "Role {roleArn} does not exist.",
      "Create the RAM role named in {roleArn} (a role, not a RAM user: acs:ram::<account-id>:"
          + "role/<role-name>) with this trust policy, or correct the ARN: "
          + Templates.TRUST_POLICY),
  ROLE_NOT_TRUSTED(
      CUSTOMER,
      Check.ROLE_ASSUMABLE,
      "The platform ({platformPrincipal}) may not assume role {roleArn} with ExternalId"
          + " {externalId}: the trust policy does not name this principal or this ExternalId.",
      "Set the trust policy of role {roleArn} to: " + Templates.TRUST_POLICY),
  EXTERNAL_ID_NOT_ENFORCED(
      CUSTOMER,
      Check.EXTERNAL_ID_ENFORCED,
      "Role {roleArn} can be assumed without an ExternalId, so any other customer of the"
          + " platform could use it (confused deputy).",
      "Add the ExternalId condition to the trust policy of role {roleArn}: "
          + Templates.TRUST_POLICY),
  BUCKET_NOT_FOUND(
      CUSTOMER,
      Check.BUCKET_EXISTS_IN_REGION,
      "Bucket {bucket} does not exist.",
      "Create bucket {bucket} in {region}, or correct the bucket name (a bare name such as"
          + " my-bucket, without oss:// or an endpoint)."),
  BUCKET_REGION_MISMATCH(
      CUSTOMER,
      Check.BUCKET_EXISTS_IN_REGION,
      "Bucket {bucket} is in {actualRegion}, not in the declared region {region}.",
      "Use a bucket located in {region}; bucket {bucket} is in {actualRegion}."),
  LOCATION_DENIED(
      CUSTOMER,
      Check.BUCKET_EXISTS_IN_REGION,
      "Role {roleArn} may not read the location of bucket {bucket} (oss:GetBucketLocation).",
      Templates.grant("oss:GetBucketLocation", Templates.BUCKET_RESOURCE)),
  LIST_DENIED(
      CUSTOMER,
      Check.LIST,
      "Role {roleArn} may not list objects in bucket {bucket} (oss:ListObjects).",
      Templates.grant("oss:ListObjects", Templates.BUCKET_RESOURCE)),
  WRITE_DENIED(
      CUSTOMER,
      Check.WRITE,
      "Role {roleArn} may not write objects to bucket {bucket} (oss:PutObject).",
      Templates.grant("oss:PutObject", Templates.OBJECT_RESOURCE)),
  READ_DENIED(
      CUSTOMER,
      Check.READ,
      "Role {roleArn} may not read objects from bucket {bucket} (oss:GetObject).",
      Templates.grant("oss:GetObject", Templates.OBJECT_RESOURCE)),
  PERMISSION_DENIED(
      CUSTOMER,
      null,
      "Role {roleArn} may not perform {action} on {resource}.",
      Templates.grant("{action}", "{resource}")),
  READ_MISMATCH(
      CUSTOMER,
      Check.READ,
      "The probe object {object} in bucket {bucket} read back different content than was written.",
      "Make sure nothing in bucket {bucket} rewrites objects under the probe prefix (for example a"
          + " lifecycle rule, a replication rule or an event-driven function), then validate again."),
  PLATFORM_KEY_INVALID(
      PLATFORM,
      Check.ROLE_ASSUMABLE,
      "The platform's AccessKey for {platformPrincipal} is unknown or disabled ({cloudCode}).",
      "Operators: enable or rotate the AccessKey of {platformPrincipal} and update the worker's"
          + " configuration. Customers need not change anything."),
  PLATFORM_SIGNATURE_MISMATCH(
      PLATFORM,
      Check.ROLE_ASSUMABLE,
      "A request signed with the platform's AccessKey was rejected ({cloudCode}).",
      "Operators: check that the configured AccessKey secret of {platformPrincipal} matches its"
          + " AccessKey ID. Customers need not change anything."),
  PLATFORM_CLOCK_SKEW(
      PLATFORM,
      null,
      "The cloud rejected the request time as too far from its own ({cloudCode}).",
      "Operators: synchronise the worker hosts' clocks (NTP). Customers need not change anything."),
  PLATFORM_NOT_AUTHORIZED(
      PLATFORM,
      Check.ROLE_ASSUMABLE,
      "The platform principal {platformPrincipal} may not call sts:AssumeRole.",
      "Operators: attach AliyunSTSAssumeRoleAccess (or a policy allowing sts:AssumeRole) to"
          + " {platformPrincipal}; the Alibaba Cloud account itself (root) cannot assume roles."),
  TRANSIENT_RETRIES_EXHAUSTED(
      TRANSIENT,
      null,
      "{action} kept failing with {cloudCode} after {attempts} attempts.",
      "Nothing to change: the cloud service was unavailable or throttled; validate again later."),
  DEADLINE_EXCEEDED(
      TRANSIENT,
      null,
      "The validation did not finish within its deadline of {deadline}.",
      "Nothing to change: the cloud service was slow; validate again later.");

  private final ErrorClass errorClass;
  private final Check check;
  private final String messageTemplate;
  private final String remediationTemplate;

  ErrorCode(ErrorClass errorClass, Check check, String messageTemplate, String remediation) {
    this.errorClass = errorClass;
    this.check = check;
    this.messageTemplate = messageTemplate;
    this.remediationTemplate = remediation;
  }

  public ErrorClass errorClass() {
    return errorClass;
  }

  /** The check that reports this code, or null when any check may. */
  public Check check() {
    return check;
  }

  public String messageTemplate() {
    return messageTemplate;
  }

  public String remediationTemplate() {
    return remediationTemplate;
  }

  /** Every placeholder name the two templates use, e.g. {@code bucket}, {@code roleArn}. */
  public Set<String> placeholders() {
    return Templates.placeholders(messageTemplate + " " + remediationTemplate);
  }

  /** The message with every placeholder replaced; a missing value is an error, never left in. */
  public String message(Map<String, ?> values) {
    return Templates.render(this, messageTemplate, values);
  }

  /** The remediation with every placeholder replaced; a missing value is an error. */
  public String remediation(Map<String, ?> values) {
    return Templates.render(this, remediationTemplate, values);
  }
}
