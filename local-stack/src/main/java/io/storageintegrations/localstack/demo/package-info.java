/**
 * The demo: one integration per situation, set up as a customer would and created through the API.
 */
package io.storageintegrations.localstack.demo;
