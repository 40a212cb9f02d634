package io.storageintegrations.emulator.sts;

/** STS error codes with the HTTP status and message the real service uses. */
enum StsError {
  MISSING_PARAMETER("MissingParameter", 400, "A required parameter is missing."),
  INVALID_VERSION("InvalidVersion", 400, "Specified parameter Version is not valid."),
  INVALID_ACTION(
      "InvalidAction.NotFound",
      404,
      "Specified api is not found, please check your url and method."),
  UNSUPPORTED_SIGNATURE_METHOD(
      "InvalidParameter.SignatureMethod", 400, "Specified signature method is not supported."),
  TIMESTAMP_FORMAT(
      "InvalidTimeStamp.Format", 400, "Specified time stamp or date value is not well formatted."),
  TIMESTAMP_EXPIRED(
      "InvalidTimeStamp.Expired", 400, "Specified time stamp or date value is expired."),
  NONCE_USED("SignatureNonceUsed", 400, "Specified signature nonce was used already."),
  ACCESS_KEY_NOT_FOUND("InvalidAccessKeyId.NotFound", 404, "Specified access key is not found."),
  ACCESS_KEY_INACTIVE("InvalidAccessKeyId.Inactive", 400, "Specified access key is disabled."),
  MISSING_SECURITY_TOKEN(
      "MissingSecurityToken", 400, "SecurityToken is mandatory for this action."),
  INVALID_SECURITY_TOKEN(
      "InvalidSecurityToken.MismatchWithAccessKey",
      400,
      "Specified SecurityToken mismatch with the AccessKey."),
  SECURITY_TOKEN_EXPIRED(
      "InvalidSecurityToken.Expired", 400, "Specified SecurityToken is expired."),
  SIGNATURE_MISMATCH(
      "SignatureDoesNotMatch",
      400,
      "Specified signature does not match our calculation. server string to sign is:"),
  THROTTLED("Throttling.User", 400, "Request was denied due to user flow control."),
  ROLE_ARN("InvalidParameter.RoleArn", 400, "The parameter RoleArn is wrongly formed."),
  ROLE_SESSION_NAME(
      "InvalidParameter.RoleSessionName", 400, "The parameter RoleSessionName is wrongly formed."),
  DURATION(
      "InvalidParameter.DurationSeconds",
      400,
      "The Min/Max value of DurationSeconds is 15min/1hr."),
  POLICY_GRAMMAR(
      "InvalidParameter.PolicyGrammar", 400, "The parameter Policy has not passed grammar check."),
  POLICY_SIZE(
      "InvalidParameter.PolicySize", 400, "The size of Policy must be smaller than 2048 bytes."),
  EXTERNAL_ID("InvalidParameter.ExternalId", 400, "The parameter ExternalId is wrongly formed."),
  NO_PERMISSION(
      "NoPermission",
      403,
      "You are not authorized to do this action. You should be authorized by RAM."),
  ROLE_NOT_TRUSTING(
      "NoPermission",
      403,
      "No permission perform sts:AssumeRole on this Role. Maybe you are not authorized to perform"
          + " sts:AssumeRole or the specified role does not trust you"),
  ROOT_CALLER("NoPermission", 403, "Roles may not be assumed by root accounts."),
  ROLE_NOT_FOUND("EntityNotExist.Role", 404, "The specified Role not exists"),
  INTERNAL("InternalError", 500, "STS Server Internal Error happened.");

  final String code;
  final int status;
  final String message;

  StsError(String code, int status, String message) {
    this.code = code;
    this.status = status;
    this.message = message;
  }
}
