/** RFC 9457 problem details for every error the API answers, with field-level messages. */
package io.storageintegrations.producer.problem;
