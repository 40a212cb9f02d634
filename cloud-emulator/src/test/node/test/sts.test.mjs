// STS through Alibaba's Node SDKs: @alicloud/sts20150401 with ACS3-HMAC-SHA256 (its default) and
// with RPC HMAC-SHA1 ('v2'), and @alicloud/pop-core (RPC signature v1).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assumeRoleRequest, demo, popSts, rejects, teaSts } from './emulator.mjs';

for (const [label, algorithm] of [['ACS3-HMAC-SHA256', undefined], ['RPC v1 (v2)', 'v2']]) {
  describe(`@alicloud/sts20150401 ${label}`, () => {
    test('AssumeRole with the ExternalId issues expiring STS credentials', async () => {
      const response = await teaSts(algorithm).assumeRole(assumeRoleRequest({ roleArn: demo.rwRole, externalId: demo.rwExternalId }));
      assert.equal(response.statusCode, 200);
      const credentials = response.body.credentials;
      assert.match(credentials.accessKeyId, /^STS\./);
      assert.ok(credentials.securityToken.length > 20);
      const expiresIn = Date.parse(credentials.expiration) - Date.now();
      assert.ok(expiresIn > 800_000 && expiresIn <= 900_000, `expires in ${expiresIn} ms`);
      assert.equal(response.body.assumedRoleUser.arn, `${demo.rwRole}/node-conformance`);
    });

    test('GetCallerIdentity names the RAM user', async () => {
      const response = await teaSts(algorithm).getCallerIdentity();
      assert.equal(response.body.accountId, '1000000000000001');
      assert.equal(response.body.identityType, 'RAMUser');
      assert.equal(response.body.arn, 'acs:ram::1000000000000001:user/validator');
    });

    test('documented errors come back as STS JSON with their status', async () => {
      const sts = teaSts(algorithm);
      await rejects(sts.assumeRole(assumeRoleRequest({ roleArn: demo.rwRole })), 'NoPermission', 403);
      await rejects(sts.assumeRole(assumeRoleRequest({ roleArn: 'acs:ram::2000000000000001:role/si-missing', externalId: 'x-ext-id' })), 'EntityNotExist.Role', 404);
      await rejects(sts.assumeRole(assumeRoleRequest({ roleArn: 'not-an-arn' })), 'InvalidParameter.RoleArn', 400);
      await rejects(sts.assumeRole(assumeRoleRequest({ roleArn: demo.rwRole, externalId: demo.rwExternalId, durationSeconds: 100 })), 'InvalidParameter.DurationSeconds', 400);
      await rejects(sts.assumeRole(assumeRoleRequest({ roleArn: demo.rwRole, externalId: demo.rwExternalId, policy: '{"Version":"1","Statement":[{"Effect":"Maybe"}]}' })), 'InvalidParameter.PolicyGrammar', 400);
      const wrongSecret = await rejects(teaSts(algorithm, demo.validatorKey, 'not-the-secret').assumeRole(assumeRoleRequest({ roleArn: demo.rwRole })), 'SignatureDoesNotMatch', 400);
      assert.ok(!wrongSecret.message.includes(demo.validatorSecret));
      await rejects(teaSts(algorithm, 'LTAI5tNoSuchKey000000001', 'x').assumeRole(assumeRoleRequest({ roleArn: demo.rwRole })), 'InvalidAccessKeyId.NotFound', 404);
      await rejects(teaSts(algorithm, demo.disabledKey, demo.disabledSecret).assumeRole(assumeRoleRequest({ roleArn: demo.rwRole })), 'InvalidAccessKeyId.Inactive', 400);
      const root = await rejects(teaSts(algorithm, demo.platformRootKey, demo.platformRootSecret).assumeRole(assumeRoleRequest({ roleArn: demo.rwRole, externalId: demo.rwExternalId })), 'NoPermission', 403);
      assert.match(root.message, /Roles may not be assumed by root accounts/);
    });

    test('STS credentials can call STS themselves (token in the request)', async () => {
      const first = await teaSts(algorithm).assumeRole(assumeRoleRequest({ roleArn: demo.openRole }));
      const credentials = first.body.credentials;
      const chained = teaSts(algorithm, credentials.accessKeyId, credentials.accessKeySecret, credentials.securityToken);
      const identity = await chained.getCallerIdentity();
      assert.equal(identity.body.identityType, 'AssumedRoleUser');
      assert.equal(identity.body.accountId, demo.acme);
    });
  });
}

describe('@alicloud/pop-core (RPC signature v1)', () => {
  test('AssumeRole by POST and GET', async () => {
    for (const method of ['POST', 'GET']) {
      const result = await popSts().request('AssumeRole', { RoleArn: demo.rwRole, RoleSessionName: 'pop-core', ExternalId: demo.rwExternalId }, { method });
      assert.match(result.Credentials.AccessKeyId, /^STS\./);
      assert.equal(result.AssumedRoleUser.Arn, `${demo.rwRole}/pop-core`);
    }
  });

  test('errors carry the STS code', async () => {
    await rejects(popSts().request('AssumeRole', { RoleArn: demo.rwRole, RoleSessionName: 'pop-core' }, { method: 'POST' }), 'NoPermission');
    await rejects(popSts('LTAI5tNoSuchKey000000001', 'x').request('GetCallerIdentity', {}, { method: 'POST' }), 'InvalidAccessKeyId.NotFound');
    await rejects(popSts().request('NoSuchAction', {}, { method: 'POST' }), 'InvalidAction.NotFound');
  });

  test('a replayed SignatureNonce is refused', async () => {
    const nonce = `node-replay-${Date.now()}`;
    await popSts().request('GetCallerIdentity', { SignatureNonce: nonce }, { method: 'POST' });
    await rejects(popSts().request('GetCallerIdentity', { SignatureNonce: nonce }, { method: 'POST' }), 'SignatureNonceUsed');
  });
});
