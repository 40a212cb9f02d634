/**
 * Field rules shared by producer and worker, each returning a specific, human-readable violation.
 */
package io.storageintegrations.model.rules;
