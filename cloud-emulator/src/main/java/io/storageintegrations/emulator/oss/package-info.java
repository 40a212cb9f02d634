/** OSS REST API, path-style, with signature V1/V4, security tokens and RAM authorization. */
package io.storageintegrations.emulator.oss;
