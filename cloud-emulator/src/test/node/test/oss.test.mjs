// OSS object operations through ali-oss, signing V1 (x-oss-date, no Date header) and V4, with STS
// credentials issued by the emulator; presigned URLs of both versions; the documented errors.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { assume, crc64, demo, fetchVia, oss, ossForUrls, rejects, run } from './emulator.mjs';

for (const v4 of [false, true]) {
  const version = v4 ? 'V4' : 'V1';
  describe(`ali-oss ${version}`, () => {
    let credentials;
    let client;
    before(async () => {
      credentials = await assume();
      client = oss(credentials, { v4 });
    });

    test('put, get, head, list and delete, with CRC-64 on the write answer', async () => {
      const key = `node/${run}/${version}/hello.txt`;
      const body = Buffer.from(`hello ${version}`);
      const put = await client.put(key, body);
      assert.equal(put.res.status, 200);
      assert.equal(put.res.headers['x-oss-hash-crc64ecma'], crc64(body));
      assert.deepEqual((await client.get(key)).content, body);
      const head = await client.head(key);
      assert.equal(head.res.headers['content-length'], String(body.length));
      const listed = await client.list({ prefix: `node/${run}/${version}/`, 'max-keys': 10 });
      assert.deepEqual(listed.objects.map((o) => o.name), [key]);
      const listedV2 = await client.listV2({ prefix: `node/${run}/${version}/`, 'max-keys': 10 });
      assert.deepEqual(listedV2.objects.map((o) => o.name), [key]);
      await client.delete(key);
      await rejects(client.get(key), 'NoSuchKey', 404);
      await rejects(client.head(key), 'NoSuchKey', 404);
    });

    test('bucket location and bucket info (CreationDate)', async () => {
      assert.equal((await client.getBucketLocation(demo.openBucket)).location, 'oss-cn-hangzhou');
      const info = (await client.getBucketInfo(demo.openBucket)).bucket;
      assert.equal(info.Name, demo.openBucket);
      assert.equal(info.Location, 'oss-cn-hangzhou');
      assert.ok(!Number.isNaN(Date.parse(info.CreationDate)), `CreationDate ${info.CreationDate}`);
      assert.equal(info.Owner.ID, demo.acme);
    });

    // (ali-oss strips a leading '/' itself, so that rule cannot be reached from this client.)
    test('object names: 1,023 bytes pass, 1,024 bytes are InvalidObjectName', async () => {
      const longest = `node/${run}/${version}/` + 'k'.repeat(1023 - `node/${run}/${version}/`.length);
      await client.put(longest, Buffer.from('x'));
      const tooLong = await rejects(client.put(longest + 'k', Buffer.from('x')), 'InvalidObjectName', 400);
      assert.ok(tooLong.requestId);
      const multiByte = `node/${run}/${version}/` + 'é'.repeat(510);
      assert.ok(Buffer.byteLength(multiByte) > 1023);
      await rejects(client.put(multiByte, Buffer.from('x')), 'InvalidObjectName', 400);
      await client.delete(longest);
    });

    test('presigned URLs work until tampered with', async () => {
      const key = `node/${run}/${version}/signed.txt`;
      await client.put(key, Buffer.from('signed'));
      const signer = ossForUrls(credentials, { v4 });
      const url = v4 ? await signer.signatureUrlV4('GET', 60, {}, key) : signer.signatureUrl(key, { expires: 60 });
      assert.match(url, v4 ? /x-oss-signature=/ : /Signature=/);
      const ok = await fetchVia(url);
      assert.equal(ok.status, 200, ok.body);
      assert.equal(ok.body, 'signed');
      const tampered = await fetchVia(url.replace('signed.txt', 'other.txt'));
      assert.equal(tampered.status, 403);
      assert.match(tampered.body, /<Code>SignatureDoesNotMatch<\/Code>/);
    });

    test('errors: wrong secret, missing token, another tenant, a missing bucket', async () => {
      const wrong = oss({ ...credentials, accessKeySecret: 'not-the-secret' }, { v4 });
      const mismatch = await rejects(wrong.put(`node/${run}/${version}/x`, Buffer.from('x')), 'SignatureDoesNotMatch', 403);
      assert.ok(!mismatch.message.includes(credentials.accessKeySecret));
      const tokenless = oss({ ...credentials, securityToken: undefined }, { v4 });
      await rejects(tokenless.get(`node/${run}/${version}/x`), 'InvalidAccessKeyId', 403);
      const foreign = await rejects(oss(credentials, { v4, bucket: demo.otherTenantBucket, region: 'oss-cn-shanghai' }).list({ 'max-keys': 1 }), 'AccessDenied', 403);
      assert.match(foreign.message, /does not belong to you/);
      await rejects(oss(credentials, { v4, bucket: 'acme-gone' }).list({ 'max-keys': 1 }), 'NoSuchBucket', 404);
    });
  });
}

describe('ali-oss V4 region scope', () => {
  test('a bucket signed for the wrong region is AccessDenied naming its endpoint', async () => {
    const credentials = await assume(demo.beijingRole, { externalId: demo.beijingExternalId });
    const error = await rejects(oss(credentials, { v4: true, bucket: demo.beijingBucket }).list({ 'max-keys': 1 }), 'AccessDenied', 403);
    assert.match(error.message, /must be addressed using the specified endpoint/);
    const right = oss(credentials, { v4: true, bucket: demo.beijingBucket, region: 'oss-cn-beijing' });
    assert.equal((await right.list({ 'max-keys': 1 })).res.status, 200);
  });
});
