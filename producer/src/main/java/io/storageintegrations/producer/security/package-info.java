/** API keys scoped to projects, and the operator scope that sees every project. */
package io.storageintegrations.producer.security;
