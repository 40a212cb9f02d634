/** The operator CLI: materials, create, validate, list, describe, revalidate, delete. */
package io.storageintegrations.cli;
