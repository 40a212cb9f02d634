package io.storageintegrations.emulator.oss;

/** OSS error codes with HTTP status, message and EC (ECs marked in the docs when invented). */
enum OssError {
  NO_SUCH_BUCKET("NoSuchBucket", 404, "The specified bucket does not exist.", "0015-00000101"),
  NO_SUCH_KEY("NoSuchKey", 404, "The specified key does not exist.", "0026-00000001"),
  ACCESS_DENIED("AccessDenied", 403, "You have no right to access this resource.", "0003-00000001"),
  MISSING_DATE(
      "AccessDenied",
      403,
      "The request carries neither a Date nor an x-oss-date header.",
      "0002-00000503"),
  INVALID_DATE("AccessDenied", 403, "The request time header is not well formed.", "0002-00000502"),
  MISSING_CREDENTIAL(
      "AccessDenied",
      403,
      "The x-oss-credential parameter is missing or malformed.",
      "0002-00000217"),
  MISSING_EXPIRES("AccessDenied", 403, "The x-oss-expires parameter is missing.", "0002-00000215"),
  INVALID_EXPIRES(
      "AccessDenied", 403, "The expiration time of the signed URL is invalid.", "0002-00000070"),
  PRESIGN_EXPIRED("AccessDenied", 403, "Request has expired.", "0002-00000069"),
  INVALID_ACCESS_KEY_ID(
      "InvalidAccessKeyId",
      403,
      "The OSS Access Key Id you provided does not exist in our records.",
      "0002-00000002"),
  MISSING_SECURITY_TOKEN(
      "InvalidAccessKeyId",
      403,
      "The OSS Access Key Id you provided does not exist in our records.",
      "0002-00000003"),
  INVALID_SECURITY_TOKEN(
      "InvalidSecurityToken",
      403,
      "The security token included in the request is invalid.",
      "0002-00000004"),
  SECURITY_TOKEN_EXPIRED(
      "SecurityTokenExpired", 403, "The security token you provided has expired.", "0002-00000007"),
  SIGNATURE_MISMATCH(
      "SignatureDoesNotMatch",
      403,
      "The request signature we calculated does not match the signature you provided. Check your"
          + " key and signing method.",
      "0002-00000040"),
  TIME_SKEWED(
      "RequestTimeTooSkewed",
      403,
      "The difference between the request time and the current time is too large.",
      "0002-00000504"),
  INVALID_BUCKET_NAME(
      "InvalidBucketName", 400, "The specified bucket is not valid.", "0015-00000001"),
  INVALID_ARGUMENT("InvalidArgument", 400, "Invalid argument.", "0017-00000001"),
  INVALID_DIGEST(
      "InvalidDigest", 400, "The Content-MD5 you specified is not valid.", "0016-00000410"),
  ENTITY_TOO_LARGE(
      "EntityTooLarge",
      400,
      "Your proposed upload exceeds the maximum allowed size.",
      "0016-00000001"),
  INVALID_RANGE("InvalidRange", 416, "The requested range cannot be satisfied.", "0016-00000107"),
  BUCKET_EXISTS(
      "BucketAlreadyExists",
      409,
      "The requested bucket name is not available. Please select a different name.",
      "0015-00000103"),
  INVALID_OBJECT_NAME(
      "InvalidObjectName", 400, "The specified object is not valid.", "0016-00000002"),
  NO_SUCH_UPLOAD(
      "NoSuchUpload",
      404,
      "The specified upload does not exist. The upload ID may be invalid, or the upload may have"
          + " been aborted or completed.",
      "0042-00000002"),
  INVALID_PART(
      "InvalidPart",
      400,
      "One or more of the specified parts could not be found or the specified entity tag might"
          + " not have matched the part's entity tag.",
      "0042-00000208"),
  INVALID_PART_ORDER(
      "InvalidPartOrder",
      400,
      "The list of parts was not in ascending order. The parts list must be specified in order"
          + " by part number.",
      "0042-00000209"),
  ENTITY_TOO_SMALL(
      "EntityTooSmall",
      400,
      "Your proposed upload is smaller than the minimum allowed size.",
      "0042-00000213"),
  MALFORMED_XML(
      "MalformedXML",
      400,
      "The XML you provided was not well-formed or did not validate against our published"
          + " schema.",
      "0016-00000601"),
  MISSING_ARGUMENT("MissingArgument", 400, "Missing Some Required Arguments.", "0016-00000602"),
  NOT_IMPLEMENTED(
      "NotImplemented", 501, "The emulator does not implement this operation.", "0000-00000000"),
  INTERNAL(
      "InternalError", 500, "We encountered an internal error. Please try again.", "0000-00000001");

  final String code;
  final int status;
  final String message;
  final String ec;

  OssError(String code, int status, String message, String ec) {
    this.code = code;
    this.status = status;
    this.message = message;
    this.ec = ec;
  }
}
