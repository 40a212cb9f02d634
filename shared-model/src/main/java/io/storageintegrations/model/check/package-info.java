/** The catalogue of validation checks and of the cloud error codes that decide their outcome. */
package io.storageintegrations.model.check;
