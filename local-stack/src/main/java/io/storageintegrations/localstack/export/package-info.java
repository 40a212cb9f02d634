/**
 * A backup export through an integration, as a platform job does it: vend READ_WRITE credentials
 * for a prefix, upload a multipart file with CRC-64 checked, list it back and verify it. {@link
 * io.storageintegrations.localstack.export.BackupExport} is the library part other jobs can copy;
 * {@link io.storageintegrations.localstack.export.ExportDemo} runs it in the local stack's demo.
 */
package io.storageintegrations.localstack.export;
