package io.storageintegrations.emulator.oss;

import io.storageintegrations.emulator.server.Reply;
import io.storageintegrations.emulator.state.Bucket;
import io.storageintegrations.emulator.state.Caller;
import io.storageintegrations.emulator.state.EmulatorState;
import java.util.Map;

/** Bucket-level operations: location, ACL, info, listing, creation, ListBuckets. */
final class BucketOperations {

  private static final String XML = "application/xml";
  private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  private final EmulatorState state;

  BucketOperations(EmulatorState state) {
    this.state = state;
  }

  Reply location(Bucket bucket) {
    return Reply.of(
        200,
        "OK",
        XML,
        PROLOG + "<LocationConstraint>oss-" + bucket.region() + "</LocationConstraint>");
  }

  Reply acl(Bucket bucket) {
    return Reply.of(
        200,
        "OK",
        XML,
        PROLOG
            + "<AccessControlPolicy><Owner><ID>"
            + bucket.ownerUid()
            + "</ID><DisplayName>"
            + bucket.ownerUid()
            + "</DisplayName></Owner><AccessControlList><Grant>private</Grant>"
            + "</AccessControlList></AccessControlPolicy>");
  }

  /** GetBucketInfo with the elements the OSS reference lists, as a new private bucket has them. */
  Reply info(Bucket bucket, String method) {
    String region = bucket.region();
    String xml =
        PROLOG
            + "<BucketInfo><Bucket><AccessMonitor>Disabled</AccessMonitor><CreationDate>"
            + Listing.iso(bucket.created())
            + "</CreationDate><ExtranetEndpoint>oss-"
            + region
            + ".aliyuncs.com</ExtranetEndpoint><IntranetEndpoint>oss-"
            + region
            + "-internal.aliyuncs.com</IntranetEndpoint><Location>oss-"
            + region
            + "</Location><StorageClass>Standard</StorageClass>"
            + "<TransferAcceleration>Disabled</TransferAcceleration>"
            + "<CrossRegionReplication>Disabled</CrossRegionReplication>"
            + "<DataRedundancyType>LRS</DataRedundancyType><Name>"
            + bucket.name()
            + "</Name><Region>"
            + region
            + "</Region><ResourceGroupId>rg-default-id</ResourceGroupId><Owner><DisplayName>"
            + bucket.ownerUid()
            + "</DisplayName><ID>"
            + bucket.ownerUid()
            + "</ID></Owner><AccessControlList><Grant>private</Grant></AccessControlList>"
            + "<Comment></Comment><Versioning>Disabled</Versioning>"
            + "<BlockPublicAccess>false</BlockPublicAccess>"
            + "<ServerSideEncryptionRule><SSEAlgorithm>None</SSEAlgorithm>"
            + "</ServerSideEncryptionRule><BucketPolicy><LogBucket></LogBucket>"
            + "<LogPrefix></LogPrefix></BucketPolicy></Bucket></BucketInfo>";
    Reply reply = Reply.of(200, "OK", XML, xml);
    return "HEAD".equals(method) ? reply.headOnly() : reply;
  }

  Reply list(Bucket bucket, Map<String, String> query) {
    return Reply.of(200, "OK", XML, Listing.list(bucket, query));
  }

  Reply create(String name, Caller caller, String signedRegion, Bucket existing) {
    if (existing != null) {
      if (existing.ownerUid().equals(caller.accountUid())) {
        return Reply.empty(200, "OK");
      }
      throw new OssException(OssError.BUCKET_EXISTS).with("BucketName", name);
    }
    state.putBucket(
        name,
        caller.accountUid(),
        signedRegion != null ? signedRegion : state.settings().defaultRegion());
    return Reply.empty(200, "OK");
  }

  Reply listBuckets(Caller caller) {
    StringBuilder xml =
        new StringBuilder(PROLOG)
            .append("<ListAllMyBucketsResult><Owner><ID>")
            .append(caller.accountUid())
            .append("</ID><DisplayName>")
            .append(caller.accountUid())
            .append("</DisplayName></Owner><Buckets>");
    for (Bucket bucket : state.buckets()) {
      if (bucket.ownerUid().equals(caller.accountUid())) {
        xml.append("<Bucket><CreationDate>")
            .append(Listing.iso(bucket.created()))
            .append("</CreationDate>")
            .append("<ExtranetEndpoint>oss-")
            .append(bucket.region())
            .append(".aliyuncs.com</ExtranetEndpoint><IntranetEndpoint>oss-")
            .append(bucket.region())
            .append("-internal.aliyuncs.com</IntranetEndpoint><Location>oss-")
            .append(bucket.region())
            .append("</Location><Name>")
            .append(bucket.name())
            .append("</Name><Region>")
            .append(bucket.region())
            .append("</Region><StorageClass>Standard</StorageClass></Bucket>");
      }
    }
    xml.append("</Buckets></ListAllMyBucketsResult>");
    return Reply.of(200, "OK", XML, xml.toString());
  }
}
