/** Offline checks of the Kubernetes manifests and the Prometheus alert rules under deploy/. */
package io.storageintegrations.localstack.deploy;
