/** STS 2015-04-01 RPC API (AssumeRole, GetCallerIdentity) with signature v1 verification. */
package io.storageintegrations.emulator.sts;
