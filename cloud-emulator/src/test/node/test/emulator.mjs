// Shared set-up: where the standalone emulator listens (NodeConformanceIT passes EMULATOR_PORT),
// the demo seed's names, and the SDK clients configured as an application would configure them.
import assert from 'node:assert/strict';
import http from 'node:http';
import OSS from 'ali-oss';
import RPCClient from '@alicloud/pop-core';
import StsModule from '@alicloud/sts20150401';
import OpenApiCore from '@alicloud/openapi-core';

export const host = process.env.EMULATOR_HOST ?? '127.0.0.1';
export const port = Number(process.env.EMULATOR_PORT ?? '18080');
export const endpoint = `http://${host}:${port}`;
/** Distinguishes this run's keys, so a rerun against the same emulator starts clean. */
export const run = Date.now().toString(36);

export const demo = {
  validatorKey: 'LTAI5tPlatformValidator01',
  validatorSecret: 'PlatformValidatorSecret0000001',
  disabledKey: 'LTAI5tPlatformDisabled001',
  disabledSecret: 'PlatformDisabledSecret00000001',
  platformRootKey: 'LTAI5tPlatformRootKey0001',
  platformRootSecret: 'PlatformRootSecret000000000001',
  acme: '2000000000000001',
  rwRole: 'acs:ram::2000000000000001:role/si-rw',
  rwExternalId: 'si-ext-acme-rw-6f1c0b7d2e9a4c35',
  openRole: 'acs:ram::2000000000000001:role/si-no-extid',
  openBucket: 'acme-open',
  beijingBucket: 'acme-beijing',
  beijingRole: 'acs:ram::2000000000000001:role/si-wrong-region',
  beijingExternalId: 'si-ext-acme-region-5d3b9f0e1a7c2486',
  otherTenantBucket: 'globex-backups',
};

const Sts = StsModule.default;
const { Config } = OpenApiCore.$OpenApiUtil;

/** The Darabonba STS client; algorithm undefined = its default ACS3-HMAC-SHA256, 'v2' = RPC. */
export function teaSts(algorithm, key = demo.validatorKey, secret = demo.validatorSecret, token = undefined) {
  return new Sts(
    new Config({
      accessKeyId: key,
      accessKeySecret: secret,
      securityToken: token,
      endpoint: `${host}:${port}`,
      protocol: 'http',
      signatureAlgorithm: algorithm,
    }),
  );
}

export function assumeRoleRequest(fields) {
  return new StsModule.AssumeRoleRequest({ roleSessionName: 'node-conformance', durationSeconds: 900, ...fields });
}

/** The classic POP client (RPC signature v1). */
export function popSts(key = demo.validatorKey, secret = demo.validatorSecret) {
  return new RPCClient({ accessKeyId: key, accessKeySecret: secret, endpoint, apiVersion: '2015-04-01' });
}

/** STS credentials for a role of the demo seed, through the Tea SDK's default signature. */
export async function assume(roleArn = demo.openRole, extra = {}) {
  const response = await teaSts().assumeRole(assumeRoleRequest({ roleArn, ...extra }));
  return response.body.credentials;
}

/**
 * ali-oss pointed at the emulator's IP endpoint: it then sends Host: <bucket>.oss-<region>.aliyuncs.com
 * and a path without the bucket (virtual-hosted), signing V1 with x-oss-date or V4.
 */
export function oss(credentials, { v4 = false, bucket = demo.openBucket, region = 'oss-cn-hangzhou' } = {}) {
  return new OSS({
    endpoint,
    region,
    bucket,
    accessKeyId: credentials.accessKeyId,
    accessKeySecret: credentials.accessKeySecret,
    stsToken: credentials.securityToken,
    authorizationV4: v4,
    timeout: 10_000,
    retryMax: 0,
  });
}

/**
 * ali-oss as configured for the real service (its URLs name <bucket>.oss-cn-hangzhou.aliyuncs.com),
 * for presigned URLs, which ali-oss refuses to build for an IP endpoint.
 */
export function ossForUrls(credentials, { v4 = false } = {}) {
  return new OSS({
    endpoint: `http://oss-cn-hangzhou.aliyuncs.com:${port}`,
    region: 'oss-cn-hangzhou',
    bucket: demo.openBucket,
    accessKeyId: credentials.accessKeyId,
    accessKeySecret: credentials.accessKeySecret,
    stsToken: credentials.securityToken,
    authorizationV4: v4,
  });
}

/** Sends a request for a URL to the emulator, keeping the URL's host as the Host header. */
export function fetchVia(url, method = 'GET', body) {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host, port, method, path: target.pathname + target.search, headers: { Host: target.host } },
      (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** Awaits a rejection and checks the SDK's error code and HTTP status. */
export async function rejects(promise, code, status) {
  let error;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  assert.ok(error, `expected ${code}, but the call succeeded`);
  assert.equal(error.code, code, error.message);
  if (status !== undefined) {
    assert.equal(error.status ?? error.statusCode, status, `${code}: ${error.message}`);
  }
  return error;
}

const CRC64_TABLE = (() => {
  const poly = 0xc96c5795d7870f42n;
  const table = [];
  for (let n = 0n; n < 256n; n++) {
    let crc = n;
    for (let k = 0; k < 8; k++) crc = crc & 1n ? (crc >> 1n) ^ poly : crc >> 1n;
    table.push(crc);
  }
  return table;
})();

/** CRC-64/ECMA-182 as OSS reports it in x-oss-hash-crc64ecma (unsigned decimal). */
export function crc64(buffer) {
  let crc = 0xffffffffffffffffn;
  for (const byte of buffer) crc = CRC64_TABLE[Number((crc ^ BigInt(byte)) & 0xffn)] ^ (crc >> 8n);
  return (crc ^ 0xffffffffffffffffn).toString();
}

export function bytes(size, seed = 1) {
  const data = Buffer.alloc(size);
  for (let i = 0; i < size; i++) data[i] = (i * 31 + seed) & 0xff;
  return data;
}
