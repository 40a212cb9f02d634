/** The cloud emulator, seeded with the demo customers, standing in for Alibaba Cloud. */
package io.storageintegrations.localstack.cloud;
