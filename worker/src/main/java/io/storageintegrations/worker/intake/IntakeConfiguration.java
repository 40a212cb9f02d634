package io.storageintegrations.worker.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.storageintegrations.worker.config.IntakeProperties;
import io.storageintegrations.worker.config.StsProperties;
import io.storageintegrations.worker.config.ValidationProperties;
import io.storageintegrations.worker.observability.WorkerMetrics;
import io.storageintegrations.worker.validation.ValidationEngine;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The intake's Kafka clients from Boot's {@code spring.kafka.*} settings, with what correctness
 * needs forced: manual commits, idempotent acks=all outcomes, bytes in and out.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "worker.intake.enabled", havingValue = "true", matchIfMissing = true)
public class IntakeConfiguration {

  @Bean(destroyMethod = "close")
  Producer<String, byte[]> outcomeProducer(KafkaProperties kafka, MeterRegistry registry) {
    Map<String, Object> config = kafka.buildProducerProperties();
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "worker-outcomes");
    KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config);
    new KafkaClientMetrics(producer).bindTo(registry);
    return producer;
  }

  @Bean
  IntakeLoop intakeLoop(
      KafkaProperties kafka,
      IntakeProperties configured,
      StsProperties sts,
      ValidationProperties validation,
      ValidationEngine engine,
      Producer<String, byte[]> outcomeProducer,
      ExecutorService cloudIoExecutor,
      WorkerMetrics metrics,
      MeterRegistry registry) {
    IntakeProperties intake =
        configured.withMaxInFlight(InFlightLimit.of(configured, sts, validation.deadline()));
    Map<String, Object> config = kafka.buildConsumerProperties();
    config.put(ConsumerConfig.GROUP_ID_CONFIG, intake.groupId());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Math.min(500, intake.maxInFlight()));
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    RequestHandler handler =
        new RequestHandler(
            new RequestReader(intake.maxRequestBytes()),
            engine,
            new OutcomePublisher(outcomeProducer, validation.eventSource()),
            metrics);
    IntakeLoop loop =
        new IntakeLoop(
            () -> {
              KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config);
              // Records lag per partition, for dashboards and autoscaling.
              new KafkaClientMetrics(consumer).bindTo(registry);
              return consumer;
            },
            handler,
            new KeyedSerialExecutor(cloudIoExecutor),
            intake);
    metrics.inFlightGauge(loop::inFlight);
    return loop;
  }

  @Bean
  IntakeHealthIndicator intakeHealthIndicator(IntakeLoop intakeLoop) {
    return new IntakeHealthIndicator(intakeLoop);
  }
}
