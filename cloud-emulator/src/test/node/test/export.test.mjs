// What an export or import job does with an integration's STS credentials, through ali-oss (V1 and
// V4): multipart upload, copy, batch delete; their documented errors; session policies narrowing each.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { assume, bytes, crc64, demo, oss, rejects, run } from './emulator.mjs';

const PART = 100 * 1024;
const scratch = mkdtempSync(join(tmpdir(), 'emulator-conformance-'));

function file(name, data) {
  const path = join(scratch, name);
  writeFileSync(path, data);
  return path;
}

for (const v4 of [false, true]) {
  const version = v4 ? 'V4' : 'V1';
  describe(`ali-oss ${version} export operations`, () => {
    let client;
    before(async () => {
      client = oss(await assume(), { v4 });
    });

    test('multipartUpload assembles the parts; Complete answers the whole CRC-64', async () => {
      const key = `node-export/${run}/${version}/backup.bin`;
      const data = bytes(2 * PART + 777, 7);
      const result = await client.multipartUpload(key, data, { partSize: PART, parallel: 2 });
      assert.equal(result.res.status, 200);
      assert.equal(result.res.headers['x-oss-hash-crc64ecma'], crc64(data));
      assert.deepEqual((await client.get(key)).content, data);
    });

    test('init, upload parts, list parts and uploads, complete, then the upload is gone', async () => {
      const key = `node-export/${run}/${version}/manual.bin`;
      const first = bytes(PART, 1);
      const last = bytes(10, 2);
      const { uploadId } = await client.initMultipartUpload(key);
      const one = await client.uploadPart(key, uploadId, 1, file(`${version}-1`, first), 0, first.length);
      const two = await client.uploadPart(key, uploadId, 2, file(`${version}-2`, last), 0, last.length);
      assert.equal(one.res.headers['x-oss-hash-crc64ecma'], crc64(first));
      const parts = await client.listParts(key, uploadId);
      assert.deepEqual(parts.parts.map((p) => [Number(p.PartNumber), Number(p.Size)]), [[1, PART], [2, 10]]);
      const uploads = await client.listUploads({ prefix: `node-export/${run}/${version}/` });
      assert.ok(uploads.uploads.some((u) => u.uploadId === uploadId), JSON.stringify(uploads.uploads));
      const done = await client.completeMultipartUpload(key, uploadId, [
        { number: 1, etag: one.etag },
        { number: 2, etag: two.etag },
      ]);
      assert.equal(done.res.headers['x-oss-hash-crc64ecma'], crc64(Buffer.concat([first, last])));
      await rejects(client.listParts(key, uploadId), 'NoSuchUpload', 404);
    });

    // (ali-oss sorts the parts it completes, so InvalidPartOrder cannot be reached from it.)
    test('multipart errors: EntityTooSmall, InvalidPart, InvalidArgument, NoSuchUpload, abort', async () => {
      const key = `node-export/${run}/${version}/errors.bin`;
      const { uploadId } = await client.initMultipartUpload(key);
      const one = await client.uploadPart(key, uploadId, 1, file(`${version}-e1`, bytes(10, 1)), 0, 10);
      const two = await client.uploadPart(key, uploadId, 2, file(`${version}-e2`, bytes(10, 2)), 0, 10);
      await rejects(client.completeMultipartUpload(key, uploadId, [{ number: 1, etag: one.etag }, { number: 2, etag: two.etag }]), 'EntityTooSmall', 400);
      await rejects(client.completeMultipartUpload(key, uploadId, [{ number: 2, etag: '"0123456789ABCDEF0123456789ABCDEF"' }]), 'InvalidPart', 400);
      await rejects(client.uploadPart(key, uploadId, 10001, file(`${version}-e3`, bytes(1)), 0, 1), 'InvalidArgument', 400);
      await client.abortMultipartUpload(key, uploadId);
      await rejects(client.abortMultipartUpload(key, uploadId), 'NoSuchUpload', 404);
      await rejects(client.head(key), 'NoSuchKey', 404);
    });

    test('copy keeps bytes and CRC-64; a missing source is NoSuchKey', async () => {
      const data = Buffer.from(`copy me ${version}`);
      await client.put(`node-export/${run}/${version}/source.txt`, data);
      const copy = await client.copy(`node-export/${run}/${version}/target.txt`, `node-export/${run}/${version}/source.txt`);
      assert.equal(copy.res.status, 200);
      assert.equal(copy.res.headers['x-oss-hash-crc64ecma'], crc64(data));
      assert.deepEqual((await client.get(`node-export/${run}/${version}/target.txt`)).content, data);
      await rejects(client.copy(`node-export/${run}/${version}/x.txt`, `node-export/${run}/${version}/absent.txt`), 'NoSuchKey', 404);
    });

    test('deleteMulti answers the deleted keys, or nothing when quiet', async () => {
      await client.put(`node-export/${run}/${version}/d1`, Buffer.from('1'));
      await client.put(`node-export/${run}/${version}/d2`, Buffer.from('2'));
      const verbose = await client.deleteMulti([`node-export/${run}/${version}/d1`, `node-export/${run}/${version}/never`]);
      assert.deepEqual(verbose.deleted.map((d) => d.Key).sort(), [`node-export/${run}/${version}/d1`, `node-export/${run}/${version}/never`]);
      const quiet = await client.deleteMulti([`node-export/${run}/${version}/d2`], { quiet: true });
      assert.deepEqual(quiet.deleted, []);
      await rejects(client.head(`node-export/${run}/${version}/d2`), 'NoSuchKey', 404);
    });

    test('a session policy narrows multipart, copy and batch delete', async () => {
      const policy = JSON.stringify({
        Version: '1',
        Statement: [{ Effect: 'Allow', Action: ['oss:PutObject', 'oss:ListParts'], Resource: [`acs:oss:*:*:${demo.openBucket}/node-allowed/*`] }],
      });
      const narrow = oss(await assume(demo.openRole, { policy }), { v4 });
      const { uploadId } = await narrow.initMultipartUpload(`node-allowed/${run}/${version}.bin`);
      assert.equal((await narrow.listParts(`node-allowed/${run}/${version}.bin`, uploadId)).res.status, 200);
      await rejects(narrow.initMultipartUpload(`node-elsewhere/${run}/${version}.bin`), 'AccessDenied', 403);
      await rejects(narrow.abortMultipartUpload(`node-allowed/${run}/${version}.bin`, uploadId), 'AccessDenied', 403);
      await rejects(narrow.listUploads({}), 'AccessDenied', 403);
      await client.put(`node-secret/${run}/${version}.txt`, Buffer.from('s'));
      await rejects(narrow.copy(`node-allowed/${run}/${version}-copy.txt`, `node-secret/${run}/${version}.txt`), 'AccessDenied', 403);
      await rejects(narrow.deleteMulti([`node-allowed/${run}/${version}.bin`]), 'AccessDenied', 403);
      await client.abortMultipartUpload(`node-allowed/${run}/${version}.bin`, uploadId);
    });
  });
}
