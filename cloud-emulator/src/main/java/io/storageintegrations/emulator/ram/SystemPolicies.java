package io.storageintegrations.emulator.ram;

import java.util.Map;

/** The few Alibaba Cloud system policies that seeds commonly attach, by their real names. */
public final class SystemPolicies {

  private static final Map<String, Policy> BY_NAME =
      Map.of(
          "AliyunSTSAssumeRoleAccess", allow("sts:AssumeRole"),
          "AliyunOSSFullAccess", allow("oss:*"),
          "AliyunOSSReadOnlyAccess", allow("oss:Get*\",\"oss:List*"),
          "AdministratorAccess", allow("*"));

  private SystemPolicies() {}

  public static Policy get(String name) {
    return BY_NAME.get(name);
  }

  private static Policy allow(String actions) {
    return PolicyParser.parse(
        "{\"Version\":\"1\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\""
            + actions
            + "\"],\"Resource\":\"*\"}]}");
  }
}
