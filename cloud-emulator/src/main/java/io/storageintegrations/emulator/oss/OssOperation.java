package io.storageintegrations.emulator.oss;

import io.storageintegrations.emulator.server.Request;

/**
 * A path-style request resolved to an operation: {@code name} counts calls and keys faults; {@code
 * ramAction} is what RAM must allow.
 */
record OssOperation(String name, String ramAction, String bucket, String key) {

  boolean objectLevel() {
    return key != null;
  }

  static OssOperation of(Request request) {
    OssAddress address = OssAddress.of(request);
    String method = request.method();
    if (address.bucket() == null) {
      return "GET".equals(method)
          ? new OssOperation("oss:ListBuckets", "oss:ListBuckets", null, null)
          : unsupported(null, null);
    }
    String bucket = address.bucket();
    if (address.key() == null) {
      return bucketOperation(request, method, bucket);
    }
    String key = address.key();
    if (hasAny(request, "acl", "tagging", "symlink", "append", "restore")) {
      return unsupported(bucket, key);
    }
    boolean upload = request.query().containsKey("uploadId");
    return switch (method) {
      case "GET" ->
          upload
              ? new OssOperation("oss:ListParts", "oss:ListParts", bucket, key)
              : new OssOperation("oss:GetObject", "oss:GetObject", bucket, key);
      case "HEAD" -> new OssOperation("oss:HeadObject", "oss:GetObject", bucket, key);
      case "PUT" -> {
        if (upload || request.query().containsKey("partNumber")) {
          yield new OssOperation("oss:UploadPart", "oss:PutObject", bucket, key);
        }
        yield request.header("x-oss-copy-source") != null
            ? new OssOperation("oss:CopyObject", "oss:PutObject", bucket, key)
            : new OssOperation("oss:PutObject", "oss:PutObject", bucket, key);
      }
      case "POST" -> {
        if (request.query().containsKey("uploads")) {
          yield new OssOperation("oss:InitiateMultipartUpload", "oss:PutObject", bucket, key);
        }
        yield upload
            ? new OssOperation("oss:CompleteMultipartUpload", "oss:PutObject", bucket, key)
            : unsupported(bucket, key);
      }
      case "DELETE" ->
          upload
              ? new OssOperation(
                  "oss:AbortMultipartUpload", "oss:AbortMultipartUpload", bucket, key)
              : new OssOperation("oss:DeleteObject", "oss:DeleteObject", bucket, key);
      default -> unsupported(bucket, key);
    };
  }

  private static OssOperation bucketOperation(Request request, String method, String bucket) {
    var query = request.query();
    return switch (method) {
      case "GET" -> {
        if (query.containsKey("location")) {
          yield new OssOperation("oss:GetBucketLocation", "oss:GetBucketLocation", bucket, null);
        }
        if (query.containsKey("acl")) {
          yield new OssOperation("oss:GetBucketAcl", "oss:GetBucketAcl", bucket, null);
        }
        if (query.containsKey("bucketInfo")) {
          yield new OssOperation("oss:GetBucketInfo", "oss:GetBucketInfo", bucket, null);
        }
        if (query.containsKey("uploads")) {
          yield new OssOperation(
              "oss:ListMultipartUploads", "oss:ListMultipartUploads", bucket, null);
        }
        if (hasAny(request, "policy", "lifecycle", "cors", "versioning", "tagging")) {
          yield unsupported(bucket, null);
        }
        yield new OssOperation("oss:ListObjects", "oss:ListObjects", bucket, null);
      }
      case "HEAD" -> new OssOperation("oss:HeadBucket", "oss:GetBucketInfo", bucket, null);
      case "POST" ->
          query.containsKey("delete")
              ? new OssOperation("oss:DeleteMultipleObjects", "oss:DeleteObject", bucket, null)
              : unsupported(bucket, null);
      case "PUT" ->
          query.isEmpty()
              ? new OssOperation("oss:PutBucket", "oss:PutBucket", bucket, null)
              : unsupported(bucket, null);
      default -> unsupported(bucket, null);
    };
  }

  private static boolean hasAny(Request request, String... params) {
    for (String param : params) {
      if (request.query().containsKey(param)) {
        return true;
      }
    }
    return false;
  }

  private static OssOperation unsupported(String bucket, String key) {
    return new OssOperation("oss:Unsupported", "oss:Unsupported", bucket, key);
  }
}
