package io.storageintegrations.emulator.sts;

import io.storageintegrations.emulator.server.Reply;
import io.storageintegrations.emulator.server.Text;
import io.storageintegrations.emulator.state.Caller;
import io.storageintegrations.emulator.state.StsSession;

/** STS response and error bodies in JSON (default) or XML ({@code Format=XML}). */
final class StsReplies {

  private static final String HOST_ID = "sts.aliyuncs.com";
  private final boolean xml;

  StsReplies(boolean xml) {
    this.xml = xml;
  }

  Reply assumed(String requestId, AssumeRole.Issued issued) {
    StsSession s = issued.session();
    String arn = issued.role().arn() + "/" + s.sessionName();
    String roleUserId = issued.role().roleId() + ":" + s.sessionName();
    String expiration = s.expiration().toString();
    if (xml) {
      return ok(
          "<AssumeRoleResponse><RequestId>"
              + requestId
              + "</RequestId><AssumedRoleUser><Arn>"
              + Text.xml(arn)
              + "</Arn><AssumedRoleId>"
              + Text.xml(roleUserId)
              + "</AssumedRoleId></AssumedRoleUser><Credentials><SecurityToken>"
              + Text.xml(s.securityToken())
              + "</SecurityToken><AccessKeyId>"
              + s.accessKeyId()
              + "</AccessKeyId><AccessKeySecret>"
              + s.secret()
              + "</AccessKeySecret><Expiration>"
              + expiration
              + "</Expiration></Credentials></AssumeRoleResponse>");
    }
    return ok(
        "{\"RequestId\":"
            + Text.json(requestId)
            + ",\"AssumedRoleUser\":{\"Arn\":"
            + Text.json(arn)
            + ",\"AssumedRoleId\":"
            + Text.json(roleUserId)
            + "},\"Credentials\":{\"SecurityToken\":"
            + Text.json(s.securityToken())
            + ",\"AccessKeyId\":"
            + Text.json(s.accessKeyId())
            + ",\"AccessKeySecret\":"
            + Text.json(s.secret())
            + ",\"Expiration\":"
            + Text.json(expiration)
            + "}}");
  }

  Reply callerIdentity(String requestId, Caller caller) {
    String type =
        switch (caller.kind()) {
          case ROOT -> "Account";
          case USER -> "RAMUser";
          case ROLE_SESSION -> "AssumedRoleUser";
        };
    String arn =
        switch (caller.kind()) {
          case ROOT -> "acs:ram::" + caller.accountUid() + ":root";
          case USER -> "acs:ram::" + caller.accountUid() + ":user/" + caller.name();
          case ROLE_SESSION -> "acs:ram::" + caller.accountUid() + ":assumed-role/" + caller.name();
        };
    if (xml) {
      return ok(
          "<GetCallerIdentityResponse><RequestId>"
              + requestId
              + "</RequestId><AccountId>"
              + caller.accountUid()
              + "</AccountId><Arn>"
              + Text.xml(arn)
              + "</Arn><IdentityType>"
              + type
              + "</IdentityType></GetCallerIdentityResponse>");
    }
    return ok(
        "{\"RequestId\":"
            + Text.json(requestId)
            + ",\"AccountId\":"
            + Text.json(caller.accountUid())
            + ",\"Arn\":"
            + Text.json(arn)
            + ",\"IdentityType\":"
            + Text.json(type)
            + "}");
  }

  Reply error(String requestId, String code, int status, String message) {
    String recommend = "https://api.aliyun.com/troubleshoot?q=" + code + "&product=Sts";
    if (xml) {
      return Reply.of(
          status,
          code,
          "text/xml;charset=utf-8",
          "<?xml version='1.0' encoding='UTF-8'?><Error><RequestId>"
              + requestId
              + "</RequestId><HostId>"
              + HOST_ID
              + "</HostId><Code>"
              + Text.xml(code)
              + "</Code><Message>"
              + Text.xml(message)
              + "</Message><Recommend><![CDATA["
              + recommend
              + "]]></Recommend></Error>");
    }
    return Reply.of(
        status,
        code,
        "application/json;charset=utf-8",
        "{\"RequestId\":"
            + Text.json(requestId)
            + ",\"HostId\":"
            + Text.json(HOST_ID)
            + ",\"Code\":"
            + Text.json(code)
            + ",\"Message\":"
            + Text.json(message)
            + ",\"Recommend\":"
            + Text.json(recommend)
            + "}");
  }

  private Reply ok(String body) {
    if (xml) {
      return Reply.of(
          200, "OK", "text/xml;charset=utf-8", "<?xml version='1.0' encoding='UTF-8'?>" + body);
    }
    return Reply.of(200, "OK", "application/json;charset=utf-8", body);
  }
}
