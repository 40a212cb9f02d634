#!/bin/sh
# One-shot topic creation for docker-compose. Idempotent (--if-not-exists), so `docker compose up`
# can run it every time. Names must match shared-model's Topics catalogue (a test checks this file).
set -eu

BOOTSTRAP="${BOOTSTRAP_SERVERS:-kafka:9092}"
PARTITIONS="${PARTITIONS:-6}"
REPLICATION_FACTOR="${REPLICATION_FACTOR:-1}"
KAFKA_TOPICS=/opt/kafka/bin/kafka-topics.sh

create() {
  topic="$1"
  shift
  "$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
    --topic "$topic" --partitions "$PARTITIONS" --replication-factor "$REPLICATION_FACTOR" "$@"
}

create storage-integrations.requests.v1
# The background lane (periodic re-validation): the same requests, taken only within their share.
create storage-integrations.requests.background.v1
create storage-integrations.events.v1
# Latest IntegrationRecord per integration ID; tombstones delete.
create storage-integrations.registry.v1 --config cleanup.policy=compact
# Requests that could not be read; kept for two weeks so operators can inspect and replay them.
create storage-integrations.requests.v1.dlt --config retention.ms=1209600000
# The producer's ledger (names, minted ExternalIds), keyed by project ID: kept forever, never
# compacted (compaction could drop the claim that won a name).
create storage-integrations.producer-ledger.v1 --config retention.ms=-1
# Audit of credential vending (who, integration, access, prefix, expiry; never a credential): 90 days.
create storage-integrations.audit.v1 --config retention.ms=7776000000

"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --describe --topic 'storage-integrations\..*'
echo "topics ready"
