/**
 * The validation: the ordered checks, their concurrency plan (about three cloud round trips), the
 * diagnoses with remediation, and the outcome event.
 */
package io.storageintegrations.worker.validation;
