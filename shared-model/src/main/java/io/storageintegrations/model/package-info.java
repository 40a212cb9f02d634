/** The contracts every module shares: messages, field rules, check and error catalogues, topics. */
package io.storageintegrations.model;
